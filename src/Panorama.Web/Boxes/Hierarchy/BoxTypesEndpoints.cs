using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Boxes;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes;
using Panorama.Web.Auth;

namespace Panorama.Web.Boxes.Hierarchy;

/// <summary><c>/api/box-types</c>: the four built-in box types and those application administrators define.</summary>
internal static class BoxTypesEndpoints
{
    public static void MapBoxTypesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var types = endpoints.MapGroup("/api/box-types").WithTags("Boxes");
        types.MapGet("/", ListAsync).WithName("ListBoxTypes").WithSummary("List box types")
            .WithDescription("Portfolio, Program, Project, Iteration, then the types administrators defined, by name.");
        types.MapPost("/", DefineAsync).RequireAuthorization(AuthPolicies.AppAdmin)
            .WithName("DefineBoxType").WithSummary("Define a box type (administrators)");
        types.MapDelete("/{name}", RemoveAsync).RequireAuthorization(AuthPolicies.AppAdmin)
            .WithName("RemoveBoxType").WithSummary("Remove an unused box type (administrators)");
    }

    private static async Task<Ok<IReadOnlyList<BoxTypeResponse>>> ListAsync(PanoramaDbContext db, CancellationToken ct)
    {
        var defined = await db.BoxTypes.AsNoTracking().Select(t => t.Name).ToListAsync(ct);
        IReadOnlyList<BoxTypeResponse> all =
        [
            .. BoxType.BuiltIn.Select(t => new BoxTypeResponse(t.Name, true)),
            .. defined.Order(StringComparer.OrdinalIgnoreCase).Select(n => new BoxTypeResponse(n, false)),
        ];
        return TypedResults.Ok(all);
    }

    private static async Task<Results<Created<BoxTypeResponse>, ProblemHttpResult>> DefineAsync(
        DefineBoxTypeRequest request, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var type = BoxType.Define(request.Name);
        if (!type.IsOk)
        {
            return BoxProblems.Refused(type.Refusal!);
        }

        if (await BoxRecords.FindTypeAsync(db, type.Value.Name, ct) is not null)
        {
            return BoxProblems.Conflict("Box type exists", $"Box type '{type.Value.Name}' is already defined: use it, or choose another name.");
        }

        db.BoxTypes.Add(new BoxTypeRecord { Name = type.Value.Name, CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(BoxAudit.TypeDefined) { Actor = user.ToAuditActor(), TargetType = "box-type", TargetId = type.Value.Name }, ct);
        return TypedResults.Created($"/api/box-types/{Uri.EscapeDataString(type.Value.Name)}", new BoxTypeResponse(type.Value.Name, false));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        string name, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        var types = await db.BoxTypes.ToListAsync(ct);
        var record = types.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (record is null)
        {
            return BoxProblems.NotFound("Box type not found", $"No administrator-defined box type is named '{name}': list them with GET /api/box-types.");
        }

        var typeNames = await db.Boxes.AsNoTracking().Select(b => b.TypeName).Distinct().ToListAsync(ct);
        if (typeNames.Any(t => string.Equals(t, record.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return BoxProblems.Conflict("Box type in use", $"Boxes of type '{record.Name}' exist: give them another type first.");
        }

        db.BoxTypes.Remove(record);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(BoxAudit.TypeRemoved) { Actor = user.ToAuditActor(), TargetType = "box-type", TargetId = record.Name }, ct);
        return TypedResults.NoContent();
    }
}
