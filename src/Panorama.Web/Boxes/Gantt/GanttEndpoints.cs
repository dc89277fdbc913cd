using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Panorama.Core.Access;
using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;
using Panorama.Core.Scheduling.Calendars;
using Panorama.Core.Tasks;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Boxes.Storage;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Gantt;

/// <summary><c>GET /api/boxes/{id}/gantt</c>: every task, dependency, critical flag and conflict of the box.</summary>
internal static class GanttEndpoints
{
    public static void MapGanttEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}/gantt", GetAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBoxGantt").WithSummary("Get the box's Gantt chart")
            .WithDescription("Tasks with dates, scheduling mode, critical flag and stale flag (rule 5); dependencies (synced ones from Jira " +
                             "links through each connection's dependency mapping, app-only ones from Panorama); conflicts (strong " +
                             "dependencies the current dates break). The critical path is the chain without slack that ends at the box's finish. " +
                             "The answer carries an ETag: send it back as If-None-Match to get 304 while the box is unchanged.")
            .Produces<GanttResponse>(contentType: "application/json")
            .Produces(StatusCodes.Status304NotModified);
    }

    /// <summary>
    /// The payload of a 100,000-task box is tens of megabytes: it is serialised once per version of the box, in the
    /// background as soon as that version is built (<see cref="Payload"/>), and sent as bytes, with the version as entity tag.
    /// </summary>
    private static async Task<Results<SegmentedPayload, StatusCodeHttpResult, ProblemHttpResult>> GetAsync(
        Guid id, BoxSnapshotCache cache, HttpContext context, CancellationToken ct)
    {
        if (await cache.GetAsync(id, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{box.ContentTag:N}\"");
        context.Response.GetTypedHeaders().ETag = etag;
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return (SegmentedPayload)box.Derived(Payload.Key, Payload.Create)!;
    }

    /// <summary>
    /// The serialised payload, computed in the background whenever a version of a box is built (registered with the
    /// snapshot cache): the first request for a big box then finds it ready, or waits on it, instead of starting it.
    /// </summary>
    public static BoxDerivation Payload { get; } =
        new("gantt", b => SegmentedPayload.CompressedJson(Build(b), GanttJsonContext.Default.GanttResponse));

    private static GanttResponse Build(LoadedBox box)
    {
        var id = box.Box.Id;
        var schedule = box.Schedule;
        var tasks = box.Tasks;
        var sites = box.Sites.Directory;
        var bars = new GanttTaskResponse[tasks.Count];
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            bars[i] = new GanttTaskResponse(
                BoxTaskIds.Of(task),
                task.IssueKey,
                task.Summary,
                sites.NameOf(task.ConnectionId),
                task.StartDate,
                task.EndDate,
                task.Progress,
                box.Settings.ModeOf(task.Key) is var mode && mode == ScheduleMode.Auto ? null : ModeNames.Of(mode),
                task.StatusCategory == StatusCategory.Done,
                schedule.IsCritical(i),
                schedule.TotalFloat(i),
                box.Sites.IsStale(task.ConnectionId));
        }

        return new GanttResponse(
            id,
            Calendar(box.Settings.Calendar),
            schedule.Start,
            schedule.Finish,
            bars,
            [.. box.Dependencies.Select(ToResponse)],
            [.. schedule.Conflicts.Select(c => GanttConflicts.ToResponse(c.Predecessor, c.Successor, c.Type, c.Lag, c.Amount, box))],
            schedule.Problem,
            [.. sites.Sites.Select(s => BoxSites.ToResponse(s, box.Sites))],
            box.Generation);
    }

    public static CalendarResponse Calendar(WorkingCalendar calendar) =>
        new([.. CalendarText.FormatDays(calendar.WorkingDays).Split(',')], calendar.Holidays);

    public static GanttDependencyResponse ToResponse(BoxDependency dependency)
    {
        var d = dependency.Dependency;
        return new GanttDependencyResponse(
            dependency.Id,
            BoxTaskIds.Of(d.Predecessor),
            BoxTaskIds.Of(d.Successor),
            d.Type.ToString(),
            d.LagDays,
            d.Strength == DependencyStrength.Strong ? "strong" : "soft",
            d.Origin == DependencyOrigin.Synced ? "synced" : "appOnly",
            dependency.LinkTypeId);
    }
}
