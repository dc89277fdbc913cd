using Panorama.Core.Dependencies;

namespace Panorama.Core.Scheduling.ChangeSets;

public sealed partial class ScheduleChangePlanner<TId>
{
    // Scratch space reused by every plan: a move touches only the tasks it reaches.
    private readonly int[] _scratchStart;
    private readonly bool[] _touched;
    private readonly bool[] _queued;
    private readonly PriorityQueue<int, int> _queue = new();
    private readonly List<int> _reached = [];
    private int _movedIndex = -1;
    private int _movedDuration;

    /// <summary>Plans a move; nothing changes until the change set is <see cref="Apply">applied</see>.</summary>
    public ScheduleChangeSet<TId> PlanMove(ScheduleMove<TId> move)
    {
        if (!Network.TryGetIndex(move.TaskId, out var moved))
        {
            return ScheduleChangeSet<TId>.Refused($"There is no task '{move.TaskId}' in this box.");
        }

        var task = _tasks[moved];
        if (task.IsDone || task.Mode == ScheduleMode.Locked)
        {
            var why = task.IsDone ? "is done" : "is locked";
            return ScheduleChangeSet<TId>.Refused($"Task '{task.Id}' {why} and is never moved; change its mode first.");
        }

        if (move.NewEnd < move.NewStart || move.NewDuration < 0)
        {
            return ScheduleChangeSet<TId>.Refused($"The new dates of '{task.Id}' end before they start.");
        }

        var duration = _milestone[moved] ? 0
            : move.NewEnd is { } end ? DurationOf(move.NewStart, end, false)
            : move.NewDuration ?? _duration[moved];
        try
        {
            Propagate(moved, _timeline.ToOffset(move.NewStart), duration);
            return Collect(moved);
        }
        catch (ArgumentOutOfRangeException)
        {
            return ScheduleChangeSet<TId>.Refused($"Moving '{task.Id}' would push tasks beyond the year 9999.");
        }
        finally
        {
            foreach (var i in _reached)
            {
                _touched[i] = false;
            }

            _reached.Clear();
            _movedIndex = -1;
        }
    }

    private int StartOf(int i) => _touched[i] ? _scratchStart[i] : _start[i];

    private int DurationAt(int i) => i == _movedIndex ? _movedDuration : _duration[i];

    private int FinishOf(int i) => StartOf(i) + DurationAt(i);

    /// <summary>Auto successors in topological order, each once; a task whose start stays put stops the wave.</summary>
    private void Propagate(int moved, int start, int duration)
    {
        _movedIndex = moved;
        _movedDuration = duration;
        if (start == _start[moved] && duration == _duration[moved])
        {
            return;
        }

        Touch(moved, start);
        EnqueueSuccessors(moved);
        while (_queue.TryDequeue(out var task, out _))
        {
            _queued[task] = false;
            var earliest = EarliestStart(task);
            if (earliest != _start[task])
            {
                Touch(task, earliest);
                EnqueueSuccessors(task);
            }
        }
    }

    private int EarliestStart(int task)
    {
        var start = _boxStart ?? int.MinValue;
        var duration = _duration[task];
        for (var e = _graph.InStart[task]; e < _graph.InStart[task + 1]; e++)
        {
            var from = _graph.InTask[e];
            var lag = _graph.InLag[e];
            start = Math.Max(start, _graph.InType[e] switch
            {
                DependencyType.FS => FinishOf(from) + lag,
                DependencyType.SS => StartOf(from) + lag,
                DependencyType.FF => FinishOf(from) + lag - duration,
                _ => StartOf(from) + lag - duration,
            });
        }

        return start;
    }

    private void Touch(int task, int start)
    {
        _scratchStart[task] = start;
        _touched[task] = true;
        _reached.Add(task);
    }

    private void EnqueueSuccessors(int task)
    {
        for (var e = _graph.OutStart[task]; e < _graph.OutStart[task + 1]; e++)
        {
            var successor = _graph.OutTask[e];
            if (!_tasks[successor].IsFixed && !_queued[successor] && successor != _movedIndex)
            {
                _queued[successor] = true;
                _queue.Enqueue(successor, _graph.Position[successor]);
            }
        }
    }

    private ScheduleChangeSet<TId> Collect(int moved)
    {
        var changes = new List<ScheduledDateChange<TId>>(_reached.Count);
        foreach (var i in _reached)
        {
            var start = _timeline.ToDate(StartOf(i));
            changes.Add(new(_tasks[i].Id, _startDate[i], _endDate[i], start, EndDate(StartOf(i), DurationAt(i))));
        }

        return new ScheduleChangeSet<TId>(changes, FindConflicts(moved));
    }

    /// <summary>
    /// Links the change breaks: into the moved task (it goes where it is put) and from a changed task into a fixed
    /// one (which does not follow).
    /// </summary>
    private List<ScheduleConflict<TId>> FindConflicts(int moved)
    {
        var conflicts = new List<ScheduleConflict<TId>>();
        if (_reached.Count == 0)
        {
            return conflicts;
        }

        for (var e = _graph.InStart[moved]; e < _graph.InStart[moved + 1]; e++)
        {
            AddIfBroken(_graph.InTask[e], moved, _graph.InType[e], _graph.InLag[e], conflicts);
        }

        foreach (var from in _reached)
        {
            for (var e = _graph.OutStart[from]; e < _graph.OutStart[from + 1]; e++)
            {
                var to = _graph.OutTask[e];
                if (_tasks[to].IsFixed && to != moved)
                {
                    AddIfBroken(from, to, _graph.OutType[e], _graph.OutLag[e], conflicts);
                }
            }
        }

        return conflicts;
    }

    private void AddIfBroken(int from, int to, DependencyType type, int lag, List<ScheduleConflict<TId>> conflicts)
    {
        var required = type switch
        {
            DependencyType.FS => FinishOf(from) + lag,
            DependencyType.SS => StartOf(from) + lag,
            DependencyType.FF => FinishOf(from) + lag - DurationAt(to),
            _ => StartOf(from) + lag - DurationAt(to),
        };
        var toStart = StartOf(to);
        if (required <= toStart)
        {
            return;
        }

        conflicts.Add(new(_tasks[from].Id, _tasks[to].Id, type, lag, required - toStart));
    }
}
