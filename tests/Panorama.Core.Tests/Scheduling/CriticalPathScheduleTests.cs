using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;

namespace Panorama.Core.Tests.Scheduling;

public sealed class CriticalPathScheduleTests
{
    private static ScheduleTask<string> Auto(string id, int duration) => new(id, duration);

    private static ScheduleLink<string> Link(string from, string to, DependencyType type = DependencyType.FS, int lag = 0) => new(from, to, type, lag);

    [Fact]
    public void Schedule_ShouldStartUnlinkedTasksAtTheProjectStart_AndGiveThemFloatToTheFinish()
    {
        var schedule = ScheduleNetwork.Create([Auto("A", 5), Auto("B", 2)], []).Schedule();

        Assert.Equal(new TaskSchedule(0, 5, 0, 5, 0, 0, true), schedule["A"]);
        Assert.Equal(new TaskSchedule(0, 2, 3, 5, 3, 3, false), schedule["B"]);
        Assert.Equal(5, schedule.Duration);
    }

    [Fact]
    public void Schedule_ShouldPlaceAMilestoneAtItsPredecessorsFinish()
    {
        var schedule = ScheduleNetwork.Create([Auto("A", 3), Auto("M", 0)], [Link("A", "M")]).Schedule();

        Assert.Equal(new TaskSchedule(3, 3, 3, 3, 0, 0, true), schedule["M"]);
    }

    [Fact]
    public void Schedule_ShouldNotStartAnAutoTaskBeforeTheProjectStart_WhenALeadWouldAllowIt()
    {
        var schedule = ScheduleNetwork.Create([Auto("A", 2), Auto("B", 3)], [Link("A", "B", DependencyType.SS, -4)]).Schedule();

        Assert.Equal(0, schedule["B"].EarlyStart);
    }

    [Fact]
    public void Schedule_ShouldApplyANegativeFinishToStartLag()
    {
        var schedule = ScheduleNetwork.Create([Auto("A", 5), Auto("B", 3)], [Link("A", "B", lag: -2)]).Schedule();

        Assert.Equal((3, 6), (schedule["B"].EarlyStart, schedule["B"].EarlyFinish));
        Assert.Equal(6, schedule.Duration);
    }

    [Fact]
    public void Schedule_ShouldHonourTheProjectStartOffset()
    {
        var schedule = ScheduleNetwork.Create([Auto("A", 2)], []).Schedule(projectStart: 10);

        Assert.Equal((10, 12), (schedule["A"].EarlyStart, schedule["A"].EarlyFinish));
        Assert.Equal(2, schedule.Duration);
    }

    [Fact]
    public void Schedule_ShouldTakeTheTightestOfSeveralLinksBetweenOnePair()
    {
        var schedule = ScheduleNetwork.Create(
            [Auto("A", 4), Auto("B", 3)],
            [Link("A", "B", DependencyType.SS, 1), Link("A", "B", DependencyType.FF, 2), Link("A", "B", DependencyType.SS, 0)]).Schedule();

        Assert.Equal((3, 6), (schedule["B"].EarlyStart, schedule["B"].EarlyFinish));
    }

    [Fact]
    public void ManualTask_ShouldKeepItsStart_AndReportTheDependencyItBreaks()
    {
        var schedule = ScheduleNetwork.Create(
            [Auto("A", 5), new("B", 2, ScheduleMode.Manual, Start: 3)],
            [Link("A", "B")]).Schedule();

        Assert.Equal(3, schedule["B"].EarlyStart);
        var conflict = Assert.Single(schedule.Conflicts);
        Assert.Equal(("A", "B", 2), (conflict.Predecessor, conflict.Successor, conflict.Amount));
        Assert.Contains("'B' breaks its FS dependency on 'A'", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(-2, schedule["A"].TotalFloat);
    }

    [Theory]
    [InlineData(ScheduleMode.Locked, false)]
    [InlineData(ScheduleMode.Auto, true)]
    public void LockedAndDoneTasks_ShouldNeverMove_AndReportConflicts(ScheduleMode mode, bool done)
    {
        var schedule = ScheduleNetwork.Create(
            [Auto("A", 4), new("B", 1, mode, Start: 1, IsDone: done), Auto("C", 1)],
            [Link("A", "B", DependencyType.FF), Link("B", "C")]).Schedule();

        Assert.Equal((1, 2), (schedule["B"].EarlyStart, schedule["B"].EarlyFinish));
        Assert.Equal(2, schedule["C"].EarlyStart);
        Assert.Equal(2, Assert.Single(schedule.Conflicts).Amount);
    }

    [Fact]
    public void PredecessorOfAFixedTask_ShouldHaveItsLateFinishHeldByTheFixedStart()
    {
        // B is manual at 10, far from the finish (30); A must still finish by 10 or B's dependency breaks.
        var schedule = ScheduleNetwork.Create(
            [Auto("A", 4), new("B", 2, ScheduleMode.Manual, Start: 10), Auto("Long", 30)],
            [Link("A", "B")]).Schedule();

        Assert.Equal(10, schedule["A"].LateFinish);
        Assert.Equal(6, schedule["A"].TotalFloat);
        Assert.Equal(18, schedule["B"].TotalFloat);
        Assert.Equal(["Long"], schedule.CriticalPath());
        Assert.Empty(schedule.Conflicts);
    }

    [Fact]
    public void ZeroFloatTaskHeldOnlyByAFixedTask_ShouldNotBeCritical()
    {
        var schedule = ScheduleNetwork.Create(
            [Auto("A", 4), new("B", 2, ScheduleMode.Manual, Start: 4), Auto("Long", 30)],
            [Link("A", "B")]).Schedule();

        Assert.Equal(0, schedule["A"].TotalFloat);
        Assert.False(schedule["A"].IsCritical);
        Assert.True(schedule["Long"].IsCritical);
    }

    [Fact]
    public void Cycle_ShouldBeRefused_NamingItsTasksInOrder()
    {
        var ok = ScheduleNetwork.TryCreate(
            [Auto("Start", 1), Auto("A", 1), Auto("B", 1), Auto("C", 1)],
            [Link("Start", "A"), Link("A", "B"), Link("B", "C", DependencyType.SS), Link("C", "A", DependencyType.FF, -3)],
            out _,
            out var problems);

        Assert.False(ok);
        var problem = Assert.Single(problems);
        Assert.Equal(ScheduleProblemKind.Cycle, problem.Kind);
        var cycle = problem.Tasks.ToList();
        var a = cycle.IndexOf("A");
        Assert.Equal(["A", "B", "C"], cycle[a..].Concat(cycle[..a]));
        Assert.Contains("'A' -> 'B' -> 'C' -> 'A'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfLink_ShouldBeACycle()
    {
        var error = Assert.Throws<ScheduleNetworkException>(() => ScheduleNetwork.Create([Auto("A", 1)], [Link("A", "A")]));

        Assert.Contains("'A' -> 'A'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SoftLinks_ShouldNotScheduleOrMakeCycles()
    {
        var schedule = ScheduleNetwork.Create(
            [Auto("A", 3), Auto("B", 2)],
            [Link("A", "B"), new("B", "A", Strength: DependencyStrength.Soft)]).Schedule();

        Assert.Equal(3, schedule["B"].EarlyStart);
    }

    [Fact]
    public void Links_ShouldListTheStrongLinksOnly()
    {
        var network = ScheduleNetwork.Create(
            [Auto("A", 3), Auto("B", 2)],
            [Link("A", "B", DependencyType.SF, -2), new("B", "A", Strength: DependencyStrength.Soft)]);

        Assert.Equal([Link("A", "B", DependencyType.SF, -2)], network.Links);
    }

    [Fact]
    public void Create_ShouldNameEveryProblem()
    {
        var ok = ScheduleNetwork.TryCreate(
            [Auto("A", -1), Auto("A", 2), new("M", 1, ScheduleMode.Manual)],
            [Link("A", "Z")],
            out _,
            out var problems);

        Assert.False(ok);
        Assert.Equal(
            [ScheduleProblemKind.NegativeDuration, ScheduleProblemKind.DuplicateTask, ScheduleProblemKind.MissingStart, ScheduleProblemKind.UnknownTask],
            problems.Select(p => p.Kind));
        Assert.Contains(problems, p => p.Message.Contains("'Z'", StringComparison.Ordinal));
    }

    [Fact]
    public void Move_ShouldGiveWhatAFullScheduleGives()
    {
        ScheduleTask<string>[] tasks = [Auto("A", 3), Auto("B", 2), Auto("C", 4), Auto("D", 1)];
        ScheduleLink<string>[] links = [Link("A", "B"), Link("B", "D"), Link("C", "D", DependencyType.FF, 1)];
        var live = ScheduleNetwork.Create(tasks, links).Schedule();

        var changed = live.Move("A", 5);

        tasks[0] = tasks[0] with { Mode = ScheduleMode.Manual, Start = 5 };
        var full = ScheduleNetwork.Create(tasks, links).Schedule();
        Assert.Equal(["A", "B", "D"], changed.Select(i => live.Network.Tasks[i].Id));
        foreach (var task in tasks)
        {
            Assert.Equal(full[task.Id], live[task.Id]);
        }

        Assert.Equal(full.ProjectFinish, live.ProjectFinish);
    }
}
