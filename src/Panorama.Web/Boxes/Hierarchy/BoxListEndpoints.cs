using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Boxes;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes;
using Panorama.Web.Auth;
using Panorama.Web.Boxes.Access;

namespace Panorama.Web.Boxes.Hierarchy;

/// <summary><c>GET /api/boxes</c> (the hierarchy the caller can see) and <c>POST /api/boxes</c> (create).</summary>
internal static class BoxListEndpoints
{
    public static void MapBoxListEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/", ListAsync)
            .WithName("ListBoxes")
            .WithSummary("List the boxes you can see")
            .WithDescription("Every box on which you hold a role (directly or through a box above it), in tree order, with your role. " +
                             "Application administrators see every box. Archived boxes are left out unless includeArchived=true.");
        boxes.MapPost("/", CreateAsync)
            .WithName("CreateBox")
            .WithSummary("Create a box")
            .WithDescription("Creates a Portfolio, Program, Project, Iteration or administrator-defined box. A top-level box needs an " +
                             "application administrator; a sub-box needs the admin role on its parent.");
    }

    internal static async Task<Ok<BoxListResponse>> ListAsync(
        PanoramaDbContext db, ClaimsPrincipal user, CancellationToken ct, bool includeArchived = false)
    {
        var records = await db.Boxes.AsNoTracking().ToListAsync(ct);
        var parents = records.ToDictionary(b => b.Id, b => b.ParentId);
        var roles = await BoxLines.RolesAsync(db, user, parents, ct);
        var visible = records.Where(b => roles.ContainsKey(b.Id) && (includeArchived || !b.IsArchived)).ToDictionary(b => b.Id);
        var hierarchy = BoxHierarchy.Load(records.Select(Data.Boxes.Snapshots.BoxSettingsLoader.ToBox)).Value;
        var ordered = hierarchy.Children(null).SelectMany(root => new[] { root }.Concat(hierarchy.Descendants(root.Id)))
            .Where(b => visible.ContainsKey(b.Id))
            .Select(b => BoxRecords.ToResponse(visible[b.Id], roles[b.Id], NearestVisibleAncestor(b.Id, parents, visible)))
            .ToList();
        return TypedResults.Ok(new BoxListResponse(ordered));
    }

    private static Guid? NearestVisibleAncestor(Guid boxId, Dictionary<Guid, Guid?> parents, Dictionary<Guid, BoxRecord> visible) =>
        BoxLines.LineOf(boxId, parents).Skip(1).Cast<Guid?>().FirstOrDefault(id => visible.ContainsKey(id!.Value));

    internal static async Task<Results<Created<BoxResponse>, ProblemHttpResult>> CreateAsync(
        CreateBoxRequest request, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        if (request.ParentId is { } parentId)
        {
            var role = await BoxLines.RoleInAsync(db, user, parentId, ct);
            if (role is null && !await db.Boxes.AnyAsync(b => b.Id == parentId, ct))
            {
                return BoxProblems.Refused($"The parent box {parentId} does not exist. List boxes with GET /api/boxes.");
            }

            if (!role.Allows(BoxRole.Admin))
            {
                return BoxProblems.Forbidden("Creating a sub-box needs the admin role on its parent box: ask one of its admins.");
            }
        }
        else if (!user.IsApplicationAdministrator())
        {
            return BoxProblems.Forbidden(
                "Only application administrators create top-level boxes: ask one, or create the box under a box you administer.");
        }

        if (await BoxRecords.FindTypeAsync(db, request.Type, ct) is not { } type)
        {
            return BoxProblems.Refused(BoxRecords.UnknownType(request.Type!));
        }

        var period = BoxPeriod.Create(request.PeriodStart, request.PeriodEnd);
        if (!period.IsOk)
        {
            return BoxProblems.Refused(period.Refusal!);
        }

        var (hierarchy, _) = await BoxRecords.LoadAsync(db, ct);
        var change = hierarchy.Create(Guid.CreateVersion7(time.GetUtcNow()), request.Name, type, request.ParentId, period.Value);
        if (!change.IsOk)
        {
            return BoxProblems.Refused(change.Refusal!);
        }

        var box = change.Value.Changed[0];
        var record = new BoxRecord
        {
            Id = box.Id,
            Name = box.Name,
            TypeName = box.Type.Name,
            ParentId = box.ParentId,
            PeriodStart = box.Period.Start,
            PeriodEnd = box.Period.End,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.UserId(),
            Revision = 1,
        };
        db.Boxes.Add(record);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(BoxAudit.Created)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = box.Id.ToString(),
            Data = new Dictionary<string, string?> { ["name"] = box.Name, ["type"] = box.Type.Name, ["parent"] = box.ParentId?.ToString() },
        }, ct);
        return TypedResults.Created($"/api/boxes/{box.Id}", BoxRecords.ToResponse(record, BoxRole.Admin, box.ParentId));
    }
}
