using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;
using Panorama.Core.Scheduling.Calendars;
using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// The critical-path analysis of a box's plan as it stands (what the Gantt shows): every task with a start and an
/// end date is held at those dates, so a dependency that the current dates break is a conflict and the critical path
/// is the chain of tasks without slack that ends at the box's finish. Tasks without dates are not scheduled. Moving
/// a task (auto-scheduling) is <c>ScheduleChangePlanner</c>'s job, which honours the modes.
/// </summary>
public sealed class BoxSchedule
{
    private readonly int[] _node;
    private readonly CriticalPathSchedule<int>? _schedule;

    private BoxSchedule(int[] node, CriticalPathSchedule<int>? schedule, ScheduleTimeline? timeline, IReadOnlyList<BoxConflict> conflicts, string? problem)
    {
        _node = node;
        _schedule = schedule;
        Timeline = timeline;
        Conflicts = conflicts;
        Problem = problem;
    }

    public ScheduleTimeline? Timeline { get; }

    public IReadOnlyList<BoxConflict> Conflicts { get; }

    /// <summary>Why nothing could be analysed (a cycle of strong dependencies, named); null when all went well.</summary>
    public string? Problem { get; }

    public DateOnly? Start => _schedule is null ? null : Timeline!.Value.ToDate(0);

    /// <summary>The last working day of the plan.</summary>
    public DateOnly? Finish => _schedule is { TaskCount: > 0 } s ? Timeline!.Value.EndDate(0, s.ProjectFinish) : null;

    public bool IsScheduled(int taskIndex) => _node[taskIndex] >= 0;

    public bool IsCritical(int taskIndex) => _schedule is { } s && _node[taskIndex] is >= 0 and var n && s.IsCritical(n);

    /// <summary>Working days the task can slip before it breaks a successor or moves the finish.</summary>
    public int? TotalFloat(int taskIndex) => _schedule is { } s && _node[taskIndex] is >= 0 and var n ? s.TotalFloat(n) : null;

    public static BoxSchedule Compute(TaskSet tasks, IReadOnlyList<BoxDependency> dependencies, BoxSettings settings)
    {
        var node = new int[tasks.Count];
        Array.Fill(node, -1);
        var dated = new List<int>();
        DateOnly? origin = settings.Box.Period.Start;
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks[i] is { StartDate: { } start, EndDate: not null })
            {
                node[i] = dated.Count;
                dated.Add(i);
                origin = origin is { } o && o <= start ? o : start;
            }
        }

        if (dated.Count == 0)
        {
            return new BoxSchedule(node, null, null, [], null);
        }

        var timeline = new ScheduleTimeline(settings.Calendar, origin!.Value);
        var network = dated.Select(i => ToScheduleTask(tasks[i], node[i], settings, timeline));
        var links = dependencies
            .Where(d => d.Dependency.Strength == DependencyStrength.Strong)
            .Select(d => (From: tasks.IndexOf(d.Dependency.Predecessor), To: tasks.IndexOf(d.Dependency.Successor), d.Dependency))
            .Where(l => l.From >= 0 && l.To >= 0 && node[l.From] >= 0 && node[l.To] >= 0)
            .Select(l => new ScheduleLink<int>(node[l.From], node[l.To], l.Dependency.Type, l.Dependency.LagDays))
            .ToList();
        if (!ScheduleNetwork.TryCreate(network, links, out var built, out var problems))
        {
            var cycle = problems.FirstOrDefault(p => p.Kind == ScheduleProblemKind.Cycle);
            var message = cycle is null
                ? string.Join(" ", problems.Select(p => p.Message))
                : CycleMessage(cycle.Tasks.Select(n => tasks[dated[n]]), tasks.Sites);
            return new BoxSchedule(node, null, timeline, [], message);
        }

        var schedule = built.Schedule();
        var conflicts = schedule.Conflicts
            .Select(c => new BoxConflict(tasks[dated[c.Predecessor]].Key, tasks[dated[c.Successor]].Key, c.Type, c.Lag, c.Amount))
            .ToList();
        return new BoxSchedule(node, schedule, timeline, conflicts, null);
    }

    /// <summary>"The strong dependencies form a cycle: 'alpha OPS-1' -&gt; 'alpha OPS-2' -&gt; 'alpha OPS-1'. ..."</summary>
    public static string CycleMessage(IEnumerable<PlanTask> cycle, SiteDirectory sites) =>
        $"The strong dependencies form a cycle: {CyclePath(cycle, sites)}. Remove one of these dependencies or make it soft.";

    /// <summary>"'alpha OPS-1' -&gt; 'alpha OPS-2' -&gt; 'alpha OPS-1'": the cycle in order, back to its first task.</summary>
    public static string CyclePath(IEnumerable<PlanTask> cycle, SiteDirectory sites)
    {
        var names = cycle.Select(t => $"'{sites.NameOf(t.ConnectionId)} {t.IssueKey}'").ToList();
        return string.Join(" -> ", names.Append(names[0]));
    }

    private static ScheduleTask<int> ToScheduleTask(PlanTask task, int id, BoxSettings settings, ScheduleTimeline timeline)
    {
        var start = task.StartDate!.Value;
        var end = task.EndDate!.Value < start ? start : task.EndDate.Value;
        var mode = settings.ModeOf(task.Key);

        // Held where it is: the analysis is of the plan as drawn, whatever the task's mode.
        return new ScheduleTask<int>(
            id,
            Math.Max(1, settings.Calendar.CountWorkingDays(start, end)),
            mode == ScheduleMode.Auto ? ScheduleMode.Manual : mode,
            timeline.ToOffset(start),
            task.StatusCategory == StatusCategory.Done);
    }
}

/// <summary>A strong dependency the current dates break: the successor would have to start <c>Amount</c> working days later.</summary>
public sealed record BoxConflict(TaskKey Predecessor, TaskKey Successor, DependencyType Type, int Lag, int Amount);
