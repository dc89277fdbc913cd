using Panorama.Core.Scheduling.Calendars;

namespace Panorama.Core.Scheduling.ChangeSets;

/// <summary>
/// Auto-scheduling in a box (SPEC 3.5): holds the tasks' current dates, and turns a move of one task into the change
/// set of every date that follows from it. The moved task goes where it is put; each auto task that depends on it,
/// directly or through other auto tasks, is placed as early as its dependencies and the box start allow; manual,
/// locked and done tasks never move, and a dependency one of them breaks is reported as a conflict. Nothing else is
/// touched. Keep one planner per box and <see cref="Apply"/> the change sets that are written.
/// </summary>
public sealed partial class ScheduleChangePlanner<TId>
    where TId : notnull
{
    private readonly ScheduleTask<TId>[] _tasks;
    private readonly ScheduleGraph _graph;
    private readonly ScheduleTimeline _timeline;
    private readonly int? _boxStart;
    private readonly bool[] _milestone;
    private readonly DateOnly[] _startDate;
    private readonly DateOnly[] _endDate;
    private readonly int[] _start;
    private readonly int[] _duration;

    /// <exception cref="ScheduleNetworkException">An id is unknown or repeated, or the links form a cycle.</exception>
    public ScheduleChangePlanner(
        WorkingCalendar calendar,
        IEnumerable<ScheduledTask<TId>> tasks,
        IEnumerable<ScheduleLink<TId>> links,
        DateOnly? boxStart = null,
        IEqualityComparer<TId>? comparer = null)
    {
        var current = tasks.ToArray();
        var origin = boxStart ?? (current.Length == 0 ? DateOnly.FromDayNumber(0) : current.Min(t => t.Start));
        _timeline = new ScheduleTimeline(calendar, origin);
        _boxStart = boxStart is null ? null : 0;
        _milestone = [.. current.Select(t => t.IsMilestone)];
        _startDate = [.. current.Select(t => t.Start)];
        _endDate = [.. current.Select(t => t.End)];
        _start = [.. current.Select(t => _timeline.ToOffset(t.Start))];
        _duration = [.. current.Select(t => DurationOf(t.Start, t.End, t.IsMilestone))];

        var network = ScheduleNetwork.Create(
            current.Select((t, i) => new ScheduleTask<TId>(t.Id, _duration[i], t.Mode, _start[i], t.IsDone)),
            links,
            comparer);
        Network = network;
        _tasks = network.TaskArray;
        _graph = network.Graph;
        _scratchStart = new int[current.Length];
        _touched = new bool[current.Length];
        _queued = new bool[current.Length];
    }

    public ScheduleNetwork<TId> Network { get; }

    public WorkingCalendar Calendar => _timeline.Calendar;

    /// <summary>A task's current dates, as given or as last changed by <see cref="Apply"/>.</summary>
    public ScheduledTask<TId> Current(TId id)
    {
        var i = Network.IndexOf(id);
        var task = _tasks[i];
        return new(task.Id, _startDate[i], _endDate[i], task.Mode, task.IsDone, _milestone[i]);
    }

    /// <summary>
    /// Records a change set as written (or its <see cref="ScheduleChangeSet{TId}.Inverse"/> as undone). Every task
    /// must still be at the change's old dates; otherwise nothing is applied.
    /// </summary>
    /// <exception cref="InvalidOperationException">A task has moved since the change set was planned.</exception>
    public void Apply(ScheduleChangeSet<TId> changeSet)
    {
        var indices = new int[changeSet.Changes.Count];
        for (var k = 0; k < indices.Length; k++)
        {
            var change = changeSet.Changes[k];
            var i = indices[k] = Network.IndexOf(change.TaskId);
            if (_startDate[i] != change.OldStart || _endDate[i] != change.OldEnd)
            {
                throw new InvalidOperationException(
                    $"Task '{change.TaskId}' is at {_startDate[i]:yyyy-MM-dd} .. {_endDate[i]:yyyy-MM-dd}, not at " +
                    $"{change.OldStart:yyyy-MM-dd} .. {change.OldEnd:yyyy-MM-dd} as the change set expects; plan it again.");
            }
        }

        for (var k = 0; k < indices.Length; k++)
        {
            var change = changeSet.Changes[k];
            var i = indices[k];
            _startDate[i] = change.NewStart;
            _endDate[i] = change.NewEnd;
            _start[i] = _timeline.ToOffset(change.NewStart);
            _duration[i] = DurationOf(change.NewStart, change.NewEnd, _milestone[i]);
        }
    }

    /// <summary>Working days a task lasts: 0 for a milestone, otherwise at least 1 (even if drawn on a weekend).</summary>
    private int DurationOf(DateOnly start, DateOnly end, bool milestone) =>
        milestone ? 0 : Math.Max(1, _timeline.Calendar.CountWorkingDays(start, end));

    private DateOnly EndDate(int start, int duration) => _timeline.EndDate(start, start + duration);
}
