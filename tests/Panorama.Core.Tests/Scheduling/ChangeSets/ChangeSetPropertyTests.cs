using CsCheck;
using Panorama.Core.Scheduling;
using Panorama.Core.Scheduling.Calendars;
using Panorama.Core.Scheduling.ChangeSets;

namespace Panorama.Core.Tests.Scheduling.ChangeSets;

public sealed class ChangeSetPropertyTests
{
    private static readonly WorkingCalendar Calendar = new(WorkingCalendar.Standard.WorkingDays, [new(2026, 12, 25), new(2027, 1, 1)]);
    private static readonly DateOnly BoxStart = new(2026, 12, 14);

    [Fact]
    public void ChangeSet_ShouldBeTheDifferenceOfTheFullSchedulesBeforeAndAfter_AndUndoExactly()
    {
        Gen.Select(RandomNetwork.Gen(fixedPercent: 15), Gen.Int[0, 1000], Gen.Int[-5, 30], Gen.Int[0, 8]).Sample((random, pick, start, duration) =>
        {
            var timeline = new ScheduleTimeline(Calendar, BoxStart);
            var before = random.Build().Schedule();
            var current = random.Tasks.Select(t => Dated(t, before, timeline)).ToList();
            var planner = new ScheduleChangePlanner<string>(Calendar, current, random.Links, BoxStart);
            var moved = random.Tasks[pick % random.Tasks.Length];
            var newDuration = moved.Duration == 0 ? 0 : duration + 1;

            var changeSet = planner.PlanMove(new(moved.Id, timeline.ToDate(start), NewDuration: newDuration));
            if (moved.IsFixed && moved.Mode != ScheduleMode.Manual)
            {
                Assert.True(changeSet.IsRefused);
                return;
            }

            // The full schedule after the move: the moved task pinned where it was put.
            var after = ScheduleNetwork.Create(
                random.Tasks.Select(t => t.Id == moved.Id ? t with { Mode = ScheduleMode.Manual, Start = start, Duration = newDuration } : t),
                random.Links).Schedule();
            var expected = random.Tasks
                .Select(t => (Old: Dated(t, before, timeline), New: Dated(t, after, timeline)))
                .Where(x => x.Old != x.New)
                .Select(x => new ScheduledDateChange<string>(x.Old.Id, x.Old.Start, x.Old.End, x.New.Start, x.New.End))
                .OrderBy(c => c.TaskId, StringComparer.Ordinal);
            Assert.Equal(expected, changeSet.Changes.OrderBy(c => c.TaskId, StringComparer.Ordinal));

            planner.Apply(changeSet);
            planner.Apply(changeSet.Inverse());
            Assert.Equal(current, current.Select(t => planner.Current(t.Id)));
        }, iter: 400);
    }

    private static ScheduledTask<string> Dated(ScheduleTask<string> task, CriticalPathSchedule<string> schedule, ScheduleTimeline timeline)
    {
        var times = schedule[task.Id];
        return new(
            task.Id,
            timeline.StartDate(times.EarlyStart),
            timeline.EndDate(times.EarlyStart, times.EarlyFinish),
            task.Mode,
            task.IsDone,
            IsMilestone: task.Duration == 0);
    }
}
