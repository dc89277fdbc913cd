using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Views;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Boxes.Storage;
using Panorama.Web.Auth;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Views;

/// <summary><c>/api/boxes/{id}/views</c>: the box's column views and card views (rule 7), with box-type defaults.</summary>
internal static class ViewsEndpoints
{
    public static void MapViewsEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}/views", GetAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBoxViews").WithSummary("Get a box's column and card views");
        boxes.MapPut("/{id:guid}/views", PutAsync).RequireBoxRole(BoxRole.Editor)
            .WithName("SetBoxViews").WithSummary("Set a box's column and/or card views")
            .WithDescription("Columns are built-in fields or native fields of any connected site (rule 7); native columns are empty " +
                             "for other sites' tasks. Column views may aggregate parent rows (sum, min, max, avg, count); card views do not.");
    }

    internal static async Task<Results<Ok<ViewsResponse>, ProblemHttpResult>> GetAsync(Guid id, PanoramaDbContext db, BoxSnapshotCache cache, CancellationToken ct)
    {
        var box = await cache.GetAsync(id, ct);
        if (box is null)
        {
            return BoxProblems.BoxNotFound();
        }

        var stored = await db.BoxViews.AsNoTracking().Where(v => v.BoxId == id).Select(v => v.Kind).Distinct().ToListAsync(ct);
        var sites = box.Sites.Directory;
        return TypedResults.Ok(new ViewsResponse(
            [.. box.Settings.ColumnViews.Select(v => ViewRequests.ToResponse(v, sites))],
            [.. box.Settings.CardViews.Select(v => ViewRequests.ToResponse(v, sites))],
            !stored.Contains(ViewKind.Column),
            !stored.Contains(ViewKind.Card)));
    }

    internal static async Task<Results<Ok<ViewsResponse>, ProblemHttpResult>> PutAsync(
        Guid id, ViewsRequest request, PanoramaDbContext db, BoxSnapshotCache cache, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        var sites = await BoxConnections.LoadAsync(db, ct);
        var record = await BoxSaving.TouchAsync(db, id, ct);
        if (record is null)
        {
            return BoxProblems.BoxNotFound();
        }

        foreach (var (dtos, kind) in new[] { (request.ColumnViews, ViewKind.Column), (request.CardViews, ViewKind.Card) })
        {
            if (dtos is null)
            {
                continue;
            }

            var views = ViewRequests.Parse(dtos, kind, sites.Directory);
            if (!views.IsOk)
            {
                return BoxProblems.Refused(views.Refusal!);
            }

            db.BoxViews.RemoveRange(await db.BoxViews.Where(v => v.BoxId == id && v.Kind == kind).ToListAsync(ct));
            db.BoxViews.AddRange(views.Value.Select((view, position) => new BoxViewRecord
            {
                Id = Guid.NewGuid(),
                BoxId = id,
                Kind = kind,
                Name = view.Name,
                Position = position,
                ColumnsJson = ViewJson.Write(view.Columns),
            }));
        }

        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await audit.RecordAsync(new AuditEvent(BoxAudit.ViewsChanged)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = id.ToString(),
            Data = new Dictionary<string, string?>
            {
                ["columnViews"] = request.ColumnViews is null ? null : string.Join(", ", request.ColumnViews.Select(v => v.Name)),
                ["cardViews"] = request.CardViews is null ? null : string.Join(", ", request.CardViews.Select(v => v.Name)),
            },
        }, ct);
        return await GetAsync(id, db, cache, ct);
    }
}
