using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Structure;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Boxes.Storage;
using Panorama.Web.Auth;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Structure;

/// <summary><c>/api/boxes/{id}/structure</c>: the ordered structure builders (SPEC 3.4, rule 8) and a preview.</summary>
internal static class StructureEndpoints
{
    public static void MapStructureEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}/structure", GetAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBoxStructure").WithSummary("Get a box's structure builders");
        boxes.MapPut("/{id:guid}/structure", PutAsync).RequireBoxRole(BoxRole.Editor)
            .WithName("SetBoxStructure").WithSummary("Set a box's structure builders")
            .WithDescription("Replaces the ordered list. Builders may be limited to one connection (rule 8). A link type that the " +
                             "dependency mapping uses cannot drive a link hierarchy (rule 13). An empty list shows the tasks flat.");
        boxes.MapDelete("/{id:guid}/structure", ResetAsync).RequireBoxRole(BoxRole.Editor)
            .WithName("ResetBoxStructure").WithSummary("Go back to the default structure (Project, then Jira hierarchy)");
        boxes.MapPost("/{id:guid}/structure/preview", PreviewAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("PreviewBoxStructure").WithSummary("Build the WBS from posted builders without saving them")
            .WithDescription("Arranges the box's tasks with the posted builders and returns one page of the rows, so a structure can be tried before it is saved.");
    }

    internal static async Task<Results<Ok<StructureResponse>, ProblemHttpResult>> GetAsync(Guid id, PanoramaDbContext db, CancellationToken ct)
    {
        var json = await db.Boxes.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.StructureJson }).SingleOrDefaultAsync(ct);
        if (json is null)
        {
            return BoxProblems.BoxNotFound();
        }

        var sites = await BoxConnections.LoadAsync(db, ct);
        var definition = StructureJson.Load(json.StructureJson, sites.Directory, sites.DependencyRules);
        return TypedResults.Ok(StructureRequests.ToResponse(definition, sites.Directory, json.StructureJson is null));
    }

    internal static async Task<Results<Ok<StructureResponse>, ProblemHttpResult>> PutAsync(
        Guid id, StructureRequest request, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct) =>
        await SaveAsync(id, request.Builders, db, user, audit, ct);

    internal static async Task<Results<Ok<StructureResponse>, ProblemHttpResult>> ResetAsync(
        Guid id, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct) =>
        await SaveAsync(id, null, db, user, audit, ct);

    private static async Task<Results<Ok<StructureResponse>, ProblemHttpResult>> SaveAsync(
        Guid id, IReadOnlyList<StructureBuilderDto>? builders, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        var sites = await BoxConnections.LoadAsync(db, ct);
        var definition = StructureDefinition.Default;
        if (builders is not null)
        {
            var parsed = StructureRequests.Parse(builders, sites.Directory, sites.DependencyRules);
            if (!parsed.IsOk)
            {
                return BoxProblems.Refused(parsed.Refusal!);
            }

            definition = parsed.Value;
        }

        var record = await BoxSaving.TouchAsync(db, id, ct);
        if (record is null)
        {
            return BoxProblems.BoxNotFound();
        }

        var before = record.StructureJson;
        record.StructureJson = builders is null ? null : StructureJson.Write(definition.Builders);
        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await audit.RecordAsync(new AuditEvent(BoxAudit.StructureChanged)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = id.ToString(),
            Changes = [new AuditFieldChange("structure", before, record.StructureJson)],
        }, ct);
        return TypedResults.Ok(StructureRequests.ToResponse(definition, sites.Directory, builders is null));
    }

    internal static async Task<Results<Ok<StructurePreviewResponse>, ProblemHttpResult>> PreviewAsync(
        Guid id, StructurePreviewRequest request, BoxSnapshotCache cache, CancellationToken ct)
    {
        if (await cache.GetAsync(id, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        var definition = StructureRequests.Parse(request.Builders, box.Sites.Directory, box.Sites.DependencyRules);
        if (!definition.IsOk)
        {
            return BoxProblems.Refused(definition.Refusal!);
        }

        var input = box.Snapshot.Input;
        if (definition.Value.Builders.Any(b => b is BoxStructureBuilder) && input.SubBoxes is null)
        {
            input = input with { SubBoxes = await cache.SubBoxesAsync(box, ct) };
        }

        var tree = WbsBuilder.Build(definition.Value.Builders, input);
        var rows = tree.Page(request.Offset, request.Limit).Select(row =>
        {
            var task = tree.TaskOf(row);
            var site = task is not null ? box.Sites.Directory.NameOf(task.ConnectionId)
                : tree.NodeOf(row)?.ConnectionId is { } c ? box.Sites.Directory.NameOf(c) : null;
            return new StructurePreviewRow(row.Index, row.Depth, WbsKinds.Name(row.Kind), tree.LabelOf(row), row.ChildCount,
                task is null ? null : BoxTaskIds.Of(task), site);
        }).ToList();
        return TypedResults.Ok(new StructurePreviewResponse(tree.Count, tree.TopLevelCount, request.Offset, rows));
    }
}
