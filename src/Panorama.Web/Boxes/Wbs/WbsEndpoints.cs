using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Access;
using Panorama.Core.Tasks;
using Panorama.Core.Views;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Auth.Boxes;
using Panorama.Web.Boxes.Views;

namespace Panorama.Web.Boxes.Wbs;

/// <summary><c>GET /api/boxes/{id}/wbs</c>: the WBS a screen at a time.</summary>
internal static class WbsEndpoints
{
    public const int MaxLimit = 1000;

    public static void MapWbsEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}/wbs", GetAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBoxWbs").WithSummary("Get a page of the box's WBS")
            .WithDescription("Rows in tree order with depth, built-in and native column values of the chosen column view (default: " +
                             "the first), aggregated parent rows and a site badge per task. Paged with offset and limit (at most 1000), " +
                             "so a box of 100,000 tasks is served a screen at a time.");
    }

    private static async Task<Results<Ok<WbsResponse>, ProblemHttpResult>> GetAsync(
        Guid id, BoxSnapshotCache cache, CancellationToken ct, string? view = null, int offset = 0, int limit = 100)
    {
        if (offset < 0 || limit is < 1 or > MaxLimit)
        {
            return BoxProblems.Refused($"Use an offset of 0 or more and a limit from 1 to {MaxLimit}.", "Bad page");
        }

        if (await cache.GetAsync(id, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        if (box.Settings.ColumnView(view) is not { } chosen)
        {
            return BoxProblems.NotFound("View not found",
                $"The box has no column view named '{view}'. Use one of: {string.Join(", ", box.Settings.ColumnViews.Select(v => v.Name))}.");
        }

        // Remembered with the box: after a change the sync engine reports, the view's aggregates are computed in the
        // background before the next read.
        var name = chosen.Name;
        box.Derived($"wbs-view:{name}", b => b.Settings.ColumnView(name) is { } v ? b.Snapshot.AggregatesFor(v.Columns) : null);
        var sites = box.Sites.Directory;
        var rows = box.Snapshot.Page(chosen, offset, limit).Select(r => ToResponse(r, box)).ToList();
        return TypedResults.Ok(new WbsResponse(
            id,
            chosen.Name,
            ViewRequests.ToResponse(chosen, sites).Columns,
            box.Snapshot.Tree.Count,
            box.Snapshot.Tree.TopLevelCount,
            offset,
            limit,
            rows,
            [.. sites.Sites.Select(s => BoxSites.ToResponse(s, box.Sites))],
            box.Generation));
    }

    private static WbsRowResponse ToResponse(WbsGridRow row, LoadedBox box)
    {
        var sites = box.Sites.Directory;
        var task = row.Task is { } t ? ToTask(t, box) : null;
        var node = row.Node is { } n ? new WbsNodeResponse(n.Key, n.Value, n.ConnectionId is { } c ? sites.NameOf(c) : null) : null;
        var summary = row.Summary is { } s ? new WbsSummaryResponse(s.Start, s.End, s.Progress, s.TaskCount) : null;
        return new WbsRowResponse(row.Row.Index, row.Row.Depth, WbsKinds.Name(row.Row.Kind), row.Row.Parent, row.Row.ChildCount,
            row.Row.DescendantCount, row.Label, task, node, row.Cells, summary);
    }

    public static WbsTaskResponse ToTask(PlanTask task, LoadedBox box)
    {
        var site = box.Sites.Directory.Find(task.ConnectionId);
        return new WbsTaskResponse(BoxTaskIds.Of(task), task.IssueKey, site?.Name ?? box.Sites.Directory.NameOf(task.ConnectionId),
            site?.IsPrimary ?? false, box.Sites.IsStale(task.ConnectionId), task.IssueType.Name, task.Status.Name,
            task.StatusCategory.DisplayName());
    }
}
