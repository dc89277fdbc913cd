using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Access;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Core.Scheduling;
using Panorama.Core.Scheduling.ChangeSets;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Gantt;

/// <summary>
/// <c>POST /api/boxes/{id}/gantt/moves</c>: auto-scheduling (SPEC 3.5). A move becomes the change set of every date
/// it changes; shown with <c>dryRun=true</c>, else written back as one change set (rule 17: more than 100 tasks, or a
/// date outside 1990-01-01 .. 2100-12-31, needs <c>confirm=true</c>).
/// </summary>
internal static partial class GanttMovesEndpoints
{
    public static void MapGanttMovesEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapPost("/{id:guid}/gantt/moves", MoveAsync).RequireBoxRole(BoxRole.Editor)
            .WithName("MoveTask").WithSummary("Move a task; auto-scheduled successors follow")
            .WithDescription("Plans the move with the box's dependencies, calendar and modes: every auto task that depends on the moved one is " +
                             "placed as early as its dependencies and the box start allow; manual, locked and done tasks never move (a " +
                             "dependency they break is a conflict). dryRun=true shows the change set; otherwise it is written back to Jira " +
                             "as one change set (EditTaskFields of StartDate/EndDate) and answered 202 with its id. Rule 17: a change set of " +
                             "more than 100 tasks (409) or with a date outside 1990-01-01 .. 2100-12-31 (400) needs confirm=true.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    internal static async Task<Results<Ok<GanttMoveResponse>, Accepted<GanttMoveResponse>, ProblemHttpResult>> MoveAsync(
        Guid id, GanttMoveRequest request, BoxSnapshotCache cache, HttpContext context, ClaimsPrincipal user, CancellationToken ct,
        bool dryRun = false, bool confirm = false)
    {
        if (await cache.GetAsync(id, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        if (box.FindTask(request.Task) is not { } task)
        {
            return BoxProblems.NotFound("Task not found", BoxTaskIds.Unknown(request.Task));
        }

        if (task.StartDate is null || task.EndDate is null)
        {
            return BoxProblems.Refused($"{GanttConflicts.Name(task.Key, box)} has no start or end date yet, so it is not on the schedule: " +
                                       "set both dates (in Jira or through the task's fields) first.");
        }

        ScheduleChangePlanner<TaskKey> planner;
        try
        {
            planner = Planner(box);
        }
        catch (ScheduleNetworkException ex)
        {
            return BoxProblems.Conflict("The box cannot be scheduled", $"{string.Join(" ", ex.Problems)} Fix that before moving tasks.");
        }

        var changeSet = planner.PlanMove(new ScheduleMove<TaskKey>(task.Key, request.Start, request.End, request.Duration));
        if (changeSet.IsRefused)
        {
            return BoxProblems.Refused(Named(changeSet.Refusal!, box), "The move was refused");
        }

        var response = ToResponse(changeSet, box, applied: false, changeId: null);
        if (dryRun || changeSet.IsEmpty)
        {
            return TypedResults.Ok(response);
        }

        if (changeSet.RequiresConfirmation && !confirm)
        {
            var outOfRange = changeSet.ConfirmationReasons.Any(r => r.Kind == ConfirmationReasonKind.DateOutOfRange);
            return TypedResults.Problem(
                statusCode: outOfRange ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict,
                title: "Confirmation needed",
                detail: $"{string.Join(" ", changeSet.ConfirmationReasons.Select(r => Named(r.Message, box)))} Review it with dryRun=true, " +
                        "then send the move again with confirm=true to apply it.",
                extensions: new Dictionary<string, object?>
                {
                    ["changes"] = changeSet.Changes.Count,
                    ["reasons"] = changeSet.ConfirmationReasons.Select(r => r.Kind.ToString()).ToArray(),
                });
        }

        if (BoxWriteBack.Queue(context) is not { } queue)
        {
            return BoxProblems.WriteBackUnavailable();
        }

        var request17 = new WriteBackRequest(
            [.. changeSet.Changes.Select(ToEdit)],
            $"Move {GanttConflicts.Name(task.Key, box)} to {request.Start:yyyy-MM-dd} in box '{box.Box.Name}' ({changeSet.Changes.Count} task(s))",
            Confirmed: confirm);
        var accepted = await queue.EnqueueAsync(request17, BoxWriteBack.Actor(user), ct);
        if (!accepted.IsOk)
        {
            return BoxProblems.WriteBackRefused(accepted.Refusal!);
        }

        return TypedResults.Accepted(BoxWriteBack.ChangeLocation(accepted.Value.Id), ToResponse(changeSet, box, applied: true, accepted.Value.Id));
    }

    /// <summary>The box's dated tasks with their modes, and the strong dependencies among them.</summary>
    private static ScheduleChangePlanner<TaskKey> Planner(LoadedBox box)
    {
        var tasks = box.Tasks.Tasks
            .Where(t => t.StartDate is not null && t.EndDate is not null)
            .Select(t => new ScheduledTask<TaskKey>(t.Key, t.StartDate!.Value, t.EndDate!.Value < t.StartDate.Value ? t.StartDate.Value : t.EndDate.Value,
                box.Settings.ModeOf(t.Key), t.StatusCategory == StatusCategory.Done))
            .ToList();
        var dated = tasks.Select(t => t.Id).ToHashSet();
        var links = box.Dependencies
            .Select(d => d.Dependency)
            .Where(d => d.Strength == DependencyStrength.Strong && dated.Contains(d.Predecessor) && dated.Contains(d.Successor))
            .Select(d => new ScheduleLink<TaskKey>(d.Predecessor, d.Successor, d.Type, d.LagDays));
        return new ScheduleChangePlanner<TaskKey>(box.Settings.Calendar, tasks, links, box.Box.Period.Start);
    }

    private static EditTaskFields ToEdit(ScheduledDateChange<TaskKey> change)
    {
        var edits = new List<FieldEdit>(2);
        if (change.NewStart != change.OldStart)
        {
            edits.Add(new FieldEdit(BuiltInField.StartDate, ValueFormat.Date(change.NewStart)));
        }

        if (change.NewEnd != change.OldEnd)
        {
            edits.Add(new FieldEdit(BuiltInField.EndDate, ValueFormat.Date(change.NewEnd)));
        }

        return new EditTaskFields(change.TaskId, edits);
    }

    private static GanttMoveResponse ToResponse(ScheduleChangeSet<TaskKey> changeSet, LoadedBox box, bool applied, Guid? changeId) => new(
        applied,
        changeId,
        [.. changeSet.Changes.Select(c => new GanttDateChangeResponse(BoxTaskIds.Of(c.TaskId), box.Tasks.Find(c.TaskId)?.IssueKey ?? "",
            box.Sites.Directory.NameOf(c.TaskId.ConnectionId), c.OldStart, c.OldEnd, c.NewStart, c.NewEnd))],
        [.. changeSet.Conflicts.Select(c => GanttConflicts.ToResponse(c.Predecessor, c.Successor, c.Type, c.Lag, c.Amount, box))],
        changeSet.RequiresConfirmation,
        [.. changeSet.ConfirmationReasons.Select(r => Named(r.Message, box))]);

    /// <summary>The Core names tasks by id ('&lt;connection&gt;/&lt;issue&gt;'); people know them as 'alpha OPS-12'.</summary>
    private static string Named(string message, LoadedBox box) => TaskKeyText().Replace(message, match =>
        GanttConflicts.Name(new TaskKey(Guid.Parse(match.Groups[1].ValueSpan), long.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture)), box));

    [GeneratedRegex("'([0-9a-f]{32})/([0-9]+)'")]
    private static partial Regex TaskKeyText();
}
