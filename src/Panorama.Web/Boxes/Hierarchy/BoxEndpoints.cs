using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Boxes;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Auth;
using Panorama.Web.Auth.Boxes;
using Panorama.Web.Boxes.Access;

namespace Panorama.Web.Boxes.Hierarchy;

/// <summary><c>/api/boxes/{id}</c>: read, rename, retype, change the period, move, archive, restore, delete.</summary>
internal static class BoxEndpoints
{
    public static void MapBoxEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}", GetAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBox").WithSummary("Get a box")
            .WithDescription("The box, its path from the top, the sites its scope uses (stale ones are flagged: rule 5), its task count and warnings.");
        boxes.MapPatch("/{id:guid}", UpdateAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("UpdateBox").WithSummary("Rename a box, change its type or period")
            .WithDescription("Fields left out stay as they are; `period` replaces the whole period (null start or end: open-ended). Box admins only.");
        boxes.MapPost("/{id:guid}/move", MoveAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("MoveBox").WithSummary("Move a box under another parent")
            .WithDescription("Needs the admin role on the box and on the new parent (application administrators: to the top level). A move into the box's own subtree is refused.");
        boxes.MapPost("/{id:guid}/archive", (Guid id, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct) =>
                ArchiveAsync(id, archive: true, db, user, audit, ct)).RequireBoxRole(BoxRole.Admin)
            .WithName("ArchiveBox").WithSummary("Archive a box and everything below it");
        boxes.MapPost("/{id:guid}/restore", (Guid id, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct) =>
                ArchiveAsync(id, archive: false, db, user, audit, ct)).RequireBoxRole(BoxRole.Admin)
            .WithName("RestoreBox").WithSummary("Restore an archived box and everything below it");
        boxes.MapDelete("/{id:guid}", DeleteAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("DeleteBox").WithSummary("Delete an empty box")
            .WithDescription("Only a box without sub-boxes and without scope integrations can be deleted; archive the others.");
    }

    internal static async Task<Results<Ok<BoxDetailsResponse>, ProblemHttpResult>> GetAsync(
        Guid id, PanoramaDbContext db, BoxSnapshotCache cache, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await cache.GetAsync(id, ct);
        var (hierarchy, records) = await BoxRecords.LoadAsync(db, ct);
        if (loaded is null || !records.TryGetValue(id, out var record))
        {
            return BoxProblems.BoxNotFound();
        }

        var role = await BoxLines.RoleInAsync(db, user, id, ct) ?? BoxRole.Viewer;
        var sites = loaded.Settings.Scope.Select(s => loaded.Sites.Directory.Find(s.Integration.ConnectionId)!)
            .Select(site => BoxSites.ToResponse(site, loaded.Sites)).ToList();
        var warnings = new List<string>();
        if (loaded.Settings.Scope.Count == 0)
        {
            warnings.Add("The box's scope is empty: add an integration for a connected site (POST /api/boxes/{id}/scope) to bring its tasks in.");
        }

        warnings.AddRange(sites.Where(s => s.Stale).Select(s =>
            $"Site '{s.Name}' is {s.Status.ToLowerInvariant()}{(s.StatusReason is null ? "" : $" ({s.StatusReason})")}: its tasks show their last " +
            "synchronised state and are not synced until an administrator makes the connection valid again."));
        var parent = record.ParentId;
        return TypedResults.Ok(new BoxDetailsResponse(
            BoxRecords.ToResponse(record, role, parent),
            [.. hierarchy.PathTo(id).Select(b => new BoxPathEntry(b.Id, b.Name))],
            sites,
            loaded.Tasks.Count,
            warnings));
    }

    internal static async Task<Results<Ok<BoxResponse>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateBoxRequest request, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        var (hierarchy, records) = await BoxRecords.LoadAsync(db, ct);
        var before = records[id];
        var changes = new List<AuditFieldChange>();
        if (request.Name is { } name)
        {
            var renamed = hierarchy.Rename(id, name);
            if (!renamed.IsOk)
            {
                return BoxProblems.Refused(renamed.Refusal!);
            }

            changes.Add(new AuditFieldChange("name", before.Name, renamed.Value.Changed[0].Name));
            hierarchy = renamed.Value.Hierarchy;
        }

        if (request.Type is { } typeName)
        {
            if (await BoxRecords.FindTypeAsync(db, typeName, ct) is not { } type)
            {
                return BoxProblems.Refused(BoxRecords.UnknownType(typeName));
            }

            var retyped = hierarchy.ChangeType(id, type);
            if (!retyped.IsOk)
            {
                return BoxProblems.Refused(retyped.Refusal!);
            }

            changes.Add(new AuditFieldChange("type", before.TypeName, type.Name));
            hierarchy = retyped.Value.Hierarchy;
        }

        if (request.Period is { } periodRequest)
        {
            var period = BoxPeriod.Create(periodRequest.Start, periodRequest.End);
            var changed = period.IsOk ? hierarchy.ChangePeriod(id, period.Value) : Outcome(period.Refusal!);
            if (!changed.IsOk)
            {
                return BoxProblems.Refused(changed.Refusal!);
            }

            changes.Add(new AuditFieldChange("period", $"{before.PeriodStart} .. {before.PeriodEnd}", $"{periodRequest.Start} .. {periodRequest.End}"));
            hierarchy = changed.Value.Hierarchy;
        }

        BoxRecords.Apply(new BoxChange(hierarchy, [hierarchy.Find(id)!]), records);
        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await audit.RecordAsync(new AuditEvent(BoxAudit.Updated) { Actor = user.ToAuditActor(), TargetType = "box", TargetId = id.ToString(), Changes = changes }, ct);
        var role = await BoxLines.RoleInAsync(db, user, id, ct) ?? BoxRole.Admin;
        return TypedResults.Ok(BoxRecords.ToResponse(records[id], role, records[id].ParentId));
    }

    private static Core.Outcomes.Outcome<BoxChange> Outcome(string refusal) => Core.Outcomes.Outcome.Refused<BoxChange>(refusal);

    internal static async Task<Results<Ok<BoxResponse>, ProblemHttpResult>> MoveAsync(
        Guid id, MoveBoxRequest request, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        if (request.ParentId is { } parentId)
        {
            var role = await BoxLines.RoleInAsync(db, user, parentId, ct);
            if (role is null && !await db.Boxes.AnyAsync(b => b.Id == parentId, ct))
            {
                return BoxProblems.Refused($"The new parent box {parentId} does not exist. List boxes with GET /api/boxes.");
            }

            if (!role.Allows(BoxRole.Admin))
            {
                return BoxProblems.Forbidden("Moving a box under another needs the admin role on the new parent too: ask one of its admins.");
            }
        }
        else if (!user.IsApplicationAdministrator())
        {
            return BoxProblems.Forbidden("Only application administrators move a box to the top level: ask one, or choose a parent you administer.");
        }

        var (hierarchy, records) = await BoxRecords.LoadAsync(db, ct);
        var before = records[id].ParentId;
        var moved = hierarchy.Move(id, request.ParentId);
        if (!moved.IsOk)
        {
            return BoxProblems.Refused(moved.Refusal!);
        }

        BoxRecords.Apply(moved.Value, records);
        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await audit.RecordAsync(new AuditEvent(BoxAudit.Moved)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = id.ToString(),
            Changes = [new AuditFieldChange("parent", before?.ToString(), request.ParentId?.ToString())],
        }, ct);
        return TypedResults.Ok(BoxRecords.ToResponse(records[id], await BoxLines.RoleInAsync(db, user, id, ct) ?? BoxRole.Admin, request.ParentId));
    }

    internal static async Task<Results<Ok<BoxResponse>, ProblemHttpResult>> ArchiveAsync(
        Guid id, bool archive, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        var (hierarchy, records) = await BoxRecords.LoadAsync(db, ct);
        var change = archive ? hierarchy.Archive(id) : hierarchy.Restore(id);
        if (!change.IsOk)
        {
            return BoxProblems.Refused(change.Refusal!);
        }

        BoxRecords.Apply(change.Value, records);
        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await audit.RecordAsync(new AuditEvent(archive ? BoxAudit.Archived : BoxAudit.Restored)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = id.ToString(),
            Data = new Dictionary<string, string?> { ["boxes"] = string.Join(",", change.Value.Changed.Select(b => b.Id)) },
        }, ct);
        return TypedResults.Ok(BoxRecords.ToResponse(records[id], await BoxLines.RoleInAsync(db, user, id, ct) ?? BoxRole.Admin, records[id].ParentId));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        if (await db.Boxes.AnyAsync(b => b.ParentId == id, ct))
        {
            return BoxProblems.Conflict("The box is not empty",
                "The box has sub-boxes: move or delete them first, or archive the box instead.");
        }

        if (await db.ScopeIntegrations.AnyAsync(i => i.BoxId == id, ct))
        {
            return BoxProblems.Conflict("The box is not empty",
                "The box's scope still has integrations: remove them first (DELETE /api/boxes/{id}/scope/{integrationId}), or archive the box instead.");
        }

        var record = await db.Boxes.SingleAsync(b => b.Id == id, ct);
        db.Boxes.Remove(record);
        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await audit.RecordAsync(new AuditEvent(BoxAudit.Deleted)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = id.ToString(),
            Data = new Dictionary<string, string?> { ["name"] = record.Name },
        }, ct);
        return TypedResults.NoContent();
    }
}
