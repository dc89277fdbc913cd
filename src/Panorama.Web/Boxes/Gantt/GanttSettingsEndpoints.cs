using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Scheduling;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Boxes.Storage;
using Panorama.Web.Auth;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Gantt;

/// <summary>The box's working calendar (<c>/calendar</c>) and its tasks' scheduling modes (<c>/gantt/modes</c>).</summary>
internal static class GanttSettingsEndpoints
{
    public static void MapGanttSettingsEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapGet("/{id:guid}/calendar", GetCalendarAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBoxCalendar").WithSummary("Get the box's working calendar");
        boxes.MapPut("/{id:guid}/calendar", SetCalendarAsync).RequireBoxRole(BoxRole.Admin)
            .WithName("SetBoxCalendar").WithSummary("Set the box's working weekdays and holidays")
            .WithDescription("Dates are counted in working days of this calendar when tasks are scheduled. Box admins only.");
        boxes.MapPut("/{id:guid}/gantt/modes", SetModeAsync).RequireBoxRole(BoxRole.Editor)
            .WithName("SetTaskMode").WithSummary("Set a task's scheduling mode in this box")
            .WithDescription("auto (moves with its predecessors), manual (keeps its dates; a dependency it breaks is a conflict) or locked (never moved).");
    }

    private static async Task<Results<Ok<CalendarResponse>, ProblemHttpResult>> GetCalendarAsync(Guid id, PanoramaDbContext db, CancellationToken ct)
    {
        var row = await db.Boxes.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.WorkingDays, b.Holidays }).SingleOrDefaultAsync(ct);
        return row is null ? BoxProblems.BoxNotFound() : TypedResults.Ok(GanttEndpoints.Calendar(CalendarText.Read(row.WorkingDays, row.Holidays)));
    }

    private static async Task<Results<Ok<CalendarResponse>, ProblemHttpResult>> SetCalendarAsync(
        Guid id, CalendarRequest request, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, CancellationToken ct)
    {
        var days = new List<DayOfWeek>();
        foreach (var text in request.WorkingDays)
        {
            if (!CalendarText.TryParseDay(text, out var day))
            {
                return BoxProblems.Refused($"'{text}' is not a weekday. Use Mon, Tue, Wed, Thu, Fri, Sat or Sun.");
            }

            days.Add(day);
        }

        if (days.Count == 0)
        {
            return BoxProblems.Refused("A calendar needs at least one working weekday.");
        }

        var record = await BoxSaving.TouchAsync(db, id, ct);
        if (record is null)
        {
            return BoxProblems.BoxNotFound();
        }

        var before = $"{record.WorkingDays}; {record.Holidays}";
        record.WorkingDays = CalendarText.FormatDays(days);
        record.Holidays = CalendarText.FormatHolidays(request.Holidays ?? []);
        if (!await BoxSaving.TrySaveAsync(db, ct))
        {
            return BoxProblems.ChangedMeanwhile();
        }

        await audit.RecordAsync(new AuditEvent(BoxAudit.CalendarChanged)
        {
            Actor = user.ToAuditActor(),
            TargetType = "box",
            TargetId = id.ToString(),
            Changes = [new AuditFieldChange("calendar", before, $"{record.WorkingDays}; {record.Holidays}")],
        }, ct);
        return TypedResults.Ok(GanttEndpoints.Calendar(CalendarText.Read(record.WorkingDays, record.Holidays)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetModeAsync(
        Guid id, TaskModeRequest request, PanoramaDbContext db, BoxSnapshotCache cache, CancellationToken ct)
    {
        if (!ModeNames.TryParse(request.Mode, out var mode))
        {
            return BoxProblems.Refused($"'{request.Mode}' is not a scheduling mode. Use auto, manual or locked.");
        }

        if (await cache.GetAsync(id, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        if (box.FindTask(request.Task) is not { } task)
        {
            return BoxProblems.NotFound("Task not found", BoxTaskIds.Unknown(request.Task));
        }

        var row = await db.BoxTaskModes.SingleOrDefaultAsync(m => m.BoxId == id && m.ConnectionId == task.ConnectionId && m.IssueId == task.IssueId, ct);
        if (mode == ScheduleMode.Auto && row is not null)
        {
            db.BoxTaskModes.Remove(row);
        }
        else if (mode != ScheduleMode.Auto)
        {
            row ??= db.BoxTaskModes.Add(new BoxTaskModeRecord { BoxId = id, ConnectionId = task.ConnectionId, IssueId = task.IssueId }).Entity;
            row.Mode = mode;
        }

        await BoxSaving.TouchAsync(db, id, ct);
        return await BoxSaving.TrySaveAsync(db, ct) ? TypedResults.NoContent() : BoxProblems.ChangedMeanwhile();
    }
}
