using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;
using Panorama.Core.Scheduling.Calendars;
using Panorama.Core.Scheduling.ChangeSets;

namespace Panorama.Core.Tests.Scheduling.ChangeSets;

public sealed class ScheduleChangePlannerTests
{
    // Week of Monday 2026-01-05.
    private static readonly DateOnly Mon = new(2026, 1, 5);

    private static DateOnly Day(int offset) => WorkingCalendar.Standard.AddWorkingDays(Mon, offset);

    private static ScheduledTask<string> Task(string id, int start, int duration, ScheduleMode mode = ScheduleMode.Auto, bool done = false) =>
        new(id, Day(start), Day(start + duration - 1), mode, done);

    private static ScheduleLink<string> Fs(string from, string to, int lag = 0) => new(from, to, DependencyType.FS, lag);

    [Fact]
    public void PlanMove_ShouldShiftAutoSuccessorsOverTheWeekend_AndLeaveTheRestAlone()
    {
        // A Mon-Wed, B Thu-Fri (FS), C Mon (FS from B), D unrelated.
        var planner = new ScheduleChangePlanner<string>(
            WorkingCalendar.Standard,
            [Task("A", 0, 3), Task("B", 3, 2), Task("C", 5, 1), Task("D", 0, 2)],
            [Fs("A", "B"), Fs("B", "C")]);

        var changeSet = planner.PlanMove(new("A", Day(1)));

        Assert.Equal(
            [
                new("A", Day(0), Day(2), Day(1), Day(3)),
                new("B", Day(3), Day(4), Day(4), Day(5)),
                new("C", Day(5), Day(5), Day(6), Day(6)),
            ],
            changeSet.Changes);
        Assert.Equal(new DateOnly(2026, 1, 12), changeSet.Changes[1].NewEnd);
        Assert.Empty(changeSet.Conflicts);
        Assert.False(changeSet.RequiresConfirmation);
    }

    [Theory]
    [InlineData(ScheduleMode.Manual, false)]
    [InlineData(ScheduleMode.Locked, false)]
    [InlineData(ScheduleMode.Auto, true)]
    public void PlanMove_ShouldNotMoveFixedSuccessors_AndReportTheConflictWithBothTasks(ScheduleMode mode, bool done)
    {
        var planner = new ScheduleChangePlanner<string>(
            WorkingCalendar.Standard,
            [Task("A", 0, 3), Task("B", 3, 2, mode, done), Task("C", 5, 1)],
            [Fs("A", "B"), Fs("B", "C")]);

        var changeSet = planner.PlanMove(new("A", Day(2)));

        Assert.Equal(["A"], changeSet.Changes.Select(c => c.TaskId));
        var conflict = Assert.Single(changeSet.Conflicts);
        Assert.Equal(("A", "B", DependencyType.FS, 2), (conflict.Predecessor, conflict.Successor, conflict.Type, conflict.Amount));
    }

    [Fact]
    public void PlanMove_ShouldRefuseToMoveALockedOrDoneTask()
    {
        var planner = new ScheduleChangePlanner<string>(
            WorkingCalendar.Standard,
            [Task("L", 0, 1, ScheduleMode.Locked), Task("D", 0, 1, done: true)],
            []);

        Assert.Contains("is locked", planner.PlanMove(new("L", Day(3))).Refusal, StringComparison.Ordinal);
        Assert.Contains("is done", planner.PlanMove(new("D", Day(3))).Refusal, StringComparison.Ordinal);
        Assert.True(planner.PlanMove(new("Nope", Day(3))).IsRefused);
    }

    [Fact]
    public void PlanMove_ShouldReportAPredecessorTheMovedTaskNowBreaks()
    {
        var planner = new ScheduleChangePlanner<string>(WorkingCalendar.Standard, [Task("A", 0, 3), Task("B", 3, 2)], [Fs("A", "B")]);

        var changeSet = planner.PlanMove(new("B", Day(1)));

        Assert.Equal(new ScheduledDateChange<string>("B", Day(3), Day(4), Day(1), Day(2)), Assert.Single(changeSet.Changes));
        Assert.Equal(2, Assert.Single(changeSet.Conflicts).Amount);
    }

    [Fact]
    public void PlanMove_ShouldPullAutoSuccessorsBack_WhenAPredecessorMovesEarlier()
    {
        var planner = new ScheduleChangePlanner<string>(WorkingCalendar.Standard, [Task("A", 2, 3), Task("B", 5, 2)], [Fs("A", "B")], boxStart: Mon);

        var changeSet = planner.PlanMove(new("A", Day(0)));

        Assert.Equal((Day(3), Day(4)), (changeSet.Changes[1].NewStart, changeSet.Changes[1].NewEnd));
    }

    [Fact]
    public void PlanMove_ShouldResizeWithANewEnd_AndKeepMilestonesAtZeroDays()
    {
        var planner = new ScheduleChangePlanner<string>(
            WorkingCalendar.Standard,
            [Task("A", 0, 2), new("M", Day(2), Day(2), IsMilestone: true)],
            [Fs("A", "M")]);

        var changeSet = planner.PlanMove(new("A", Day(0), NewEnd: Day(3)));

        Assert.Equal(new ScheduledDateChange<string>("M", Day(2), Day(2), Day(4), Day(4)), changeSet.Changes[1]);
    }

    [Fact]
    public void PlanMove_ShouldHonourNegativeLagsAndHolidaysAcrossTheYearEnd()
    {
        var calendar = new WorkingCalendar(WorkingCalendar.Standard.WorkingDays, [new DateOnly(2027, 1, 1)]);
        var planner = new ScheduleChangePlanner<string>(
            calendar,
            [new("A", new(2026, 12, 21), new(2026, 12, 24)), new("B", new(2026, 12, 23), new(2026, 12, 28))],
            [Fs("A", "B", lag: -2)]);

        // A moves to Tue 29 .. Thu 31 (3 days, as given); B starts 2 working days before A's finish: Wed 30, and
        // keeps its 4 working days: 30, 31, (1st is a holiday, weekend), 4, 5.
        var changeSet = planner.PlanMove(new("A", new(2026, 12, 29), NewEnd: new(2026, 12, 31)));

        Assert.Equal(new ScheduledDateChange<string>("B", new(2026, 12, 23), new(2026, 12, 28), new(2026, 12, 30), new(2027, 1, 5)), changeSet.Changes[1]);
    }

    [Fact]
    public void ChangeSet_ShouldNeedConfirmation_WhenItMovesMoreThan100Tasks()
    {
        var tasks = Enumerable.Range(0, 101).Select(i => Task($"T{i}", i, 1)).ToList();
        var links = Enumerable.Range(1, 100).Select(i => Fs($"T{i - 1}", $"T{i}")).ToList();
        var planner = new ScheduleChangePlanner<string>(WorkingCalendar.Standard, tasks, links);

        var changeSet = planner.PlanMove(new("T0", Day(1)));

        Assert.Equal(101, changeSet.Changes.Count);
        Assert.True(changeSet.RequiresConfirmation);
        var reason = Assert.Single(changeSet.ConfirmationReasons);
        Assert.Equal(ConfirmationReasonKind.TooManyTasks, reason.Kind);
        Assert.Contains("101 tasks", reason.Message, StringComparison.Ordinal);
        Assert.False(planner.PlanMove(new("T1", Day(2))).RequiresConfirmation);
    }

    [Theory]
    [InlineData("1989-12-29", true)]
    [InlineData("1990-01-01", false)]
    [InlineData("2100-12-31", false)]
    [InlineData("2101-01-03", true)]
    public void ChangeSet_ShouldNeedConfirmation_WhenADateLeaves1990To2100(string newStart, bool expected)
    {
        var planner = new ScheduleChangePlanner<string>(WorkingCalendar.Standard, [Task("A", 0, 1)], []);

        var changeSet = planner.PlanMove(new("A", DateOnly.Parse(newStart, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, changeSet.RequiresConfirmation);
        if (expected)
        {
            Assert.Equal(ConfirmationReasonKind.DateOutOfRange, Assert.Single(changeSet.ConfirmationReasons).Kind);
            Assert.Contains("'A'", changeSet.ConfirmationReasons[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Inverse_ShouldUndoTheChangeSet_AsOneOperation()
    {
        var original = new[] { Task("A", 0, 3), Task("B", 3, 2), Task("C", 5, 1) };
        var planner = new ScheduleChangePlanner<string>(WorkingCalendar.Standard, original, [Fs("A", "B"), Fs("B", "C")]);
        var changeSet = planner.PlanMove(new("A", Day(4)));

        planner.Apply(changeSet);
        Assert.Equal(Day(4), planner.Current("A").Start);
        planner.Apply(changeSet.Inverse());

        Assert.Equal(original, original.Select(t => planner.Current(t.Id)));
        Assert.Equal(changeSet.Changes, changeSet.Inverse().Inverse().Changes);
    }

    [Fact]
    public void Apply_ShouldRefuseAStaleChangeSet_AndChangeNothing()
    {
        var planner = new ScheduleChangePlanner<string>(WorkingCalendar.Standard, [Task("A", 0, 3), Task("B", 3, 2)], [Fs("A", "B")]);
        var first = planner.PlanMove(new("A", Day(1)));
        planner.Apply(first);

        var error = Assert.Throws<InvalidOperationException>(() => planner.Apply(first));

        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
        Assert.Equal(Day(1), planner.Current("A").Start);
    }

    [Fact]
    public void Inverse_ShouldNeedConfirmation_WhenTheWayBackLeavesTheRange()
    {
        var changeSet = new ScheduleChangeSet<string>([new("A", new(1980, 1, 1), new(1980, 1, 2), new(2026, 1, 5), new(2026, 1, 6))]);

        Assert.False(changeSet.RequiresConfirmation);
        Assert.True(changeSet.Inverse().RequiresConfirmation);
    }

    [Fact]
    public void Constructor_ShouldNameACycle()
    {
        var error = Assert.Throws<ScheduleNetworkException>(() => new ScheduleChangePlanner<string>(
            WorkingCalendar.Standard, [Task("A", 0, 1), Task("B", 1, 1)], [Fs("A", "B"), Fs("B", "A")]));

        Assert.Contains("'A' -> 'B' -> 'A'", error.Message, StringComparison.Ordinal);
    }
}
