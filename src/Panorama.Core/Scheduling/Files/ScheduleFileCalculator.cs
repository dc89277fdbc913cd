namespace Panorama.Core.Scheduling.Files;

/// <summary>Schedules a validated file and turns offsets into dates on its calendar.</summary>
internal static class ScheduleFileCalculator
{
    public static ScheduleFileOutcome Compute(ScheduleFileInput input)
    {
        var (timeline, network) = input;
        var schedule = network.Schedule();
        var tasks = new List<ScheduleFileTaskResult>(schedule.TaskCount);
        for (var i = 0; i < schedule.TaskCount; i++)
        {
            var task = network.Tasks[i];
            var times = schedule[i];
            var end = times.EarlyFinish > times.EarlyStart ? times.EarlyFinish - 1 : times.EarlyStart;
            if (!timeline.TryToDate(times.EarlyStart, out var startDate) || !timeline.TryToDate(end, out var endDate))
            {
                return ScheduleFileOutcome.Failed($"Task '{task.Id}' would fall outside the calendar (offset {times.EarlyStart}); check its durations and lags.");
            }

            tasks.Add(new(
                task.Id,
                task.Mode.ToString().ToLowerInvariant(),
                task.IsDone,
                task.Duration,
                times.EarlyStart,
                times.EarlyFinish,
                times.LateStart,
                times.LateFinish,
                startDate,
                endDate,
                times.TotalFloat,
                times.FreeFloat,
                times.IsCritical));
        }

        var lastDay = schedule.Duration > 0 ? schedule.ProjectFinish - 1 : schedule.ProjectStart;
        if (!timeline.TryToDate(lastDay, out var finish))
        {
            return ScheduleFileOutcome.Failed("The project would finish after 9999-12-31; check the durations and lags.");
        }

        var conflicts = schedule.Conflicts
            .Select(c => new ScheduleFileConflict(c.Predecessor, c.Successor, c.Type.ToString(), c.Lag, c.Amount, c.Message))
            .ToList();
        return new(new ScheduleFileResult(timeline.Start, finish, schedule.Duration, tasks, schedule.CriticalPath(), conflicts), []);
    }
}
