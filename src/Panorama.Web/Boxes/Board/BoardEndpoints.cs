using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Access;
using Panorama.Core.Fields;
using Panorama.Core.Grouping;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Auth.Boxes;
using Panorama.Web.Boxes.Views;

namespace Panorama.Web.Boxes.Board;

/// <summary><c>GET /api/boxes/{id}/board?groupBy=status|statusCategory|assignee|&lt;field&gt;</c>.</summary>
internal static class BoardEndpoints
{
    public const int MaxCardsPerGroup = 1000;

    public static void MapBoardEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}/board", GetAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBoxBoard").WithSummary("Get the box's tasks grouped as a board")
            .WithDescription("groupBy: status (groups keyed by site and status: two sites' same-named statuses stay apart, rule 15), " +
                             "statusCategory (To Do, In Progress, Done across sites), assignee, a built-in field or '<site>:<field id>'. " +
                             "Cards show the chosen card view (default: the first); each group returns its first `limit` cards (at most 1000) and its count.");
    }

    internal static async Task<Results<Ok<BoardResponse>, ProblemHttpResult>> GetAsync(
        Guid id, BoxSnapshotCache cache, CancellationToken ct, string? groupBy = null, string? view = null, int limit = 100)
    {
        if (limit is < 0 or > MaxCardsPerGroup)
        {
            return BoxProblems.Refused($"Use a limit from 0 to {MaxCardsPerGroup} cards per group.", "Bad limit");
        }

        if (await cache.GetAsync(id, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        var sites = box.Sites.Directory;
        var grouping = BoardGroupBy.Parse(groupBy, sites);
        if (!grouping.IsOk)
        {
            return BoxProblems.Refused(grouping.Refusal!);
        }

        if (box.Settings.CardView(view) is not { } cardView)
        {
            return BoxProblems.NotFound("View not found",
                $"The box has no card view named '{view}'. Use one of: {string.Join(", ", box.Settings.CardViews.Select(v => v.Name))}.");
        }

        var groups = Core.Grouping.Board.Group(box.Tasks, grouping.Value).Select(g => new BoardGroupResponse(
            g.Key,
            g.Label,
            g.Value,
            g.Site?.Name,
            g.Tasks.Count,
            [.. g.Tasks.Take(limit).Select(t => new BoardCardResponse(
                BoxTaskIds.Of(t), t.IssueKey, t.Summary, sites.NameOf(t.ConnectionId), box.Sites.IsStale(t.ConnectionId),
                [.. cardView.Columns.Select(c => TaskFieldValues.Cell(t, c.Field, sites))]))])).ToList();
        return TypedResults.Ok(new BoardResponse(id, Describe(grouping.Value, sites), cardView.Name,
            ViewRequests.ToResponse(cardView, sites).Columns, groups, box.Generation));
    }

    private static string Describe(BoardGroupBy groupBy, Core.Tasks.SiteDirectory sites) => groupBy.Kind switch
    {
        BoardGroupKind.Status => "status",
        BoardGroupKind.StatusCategory => "statusCategory",
        BoardGroupKind.Assignee => "assignee",
        _ => groupBy.Field!.ToDisplayString(sites),
    };
}
