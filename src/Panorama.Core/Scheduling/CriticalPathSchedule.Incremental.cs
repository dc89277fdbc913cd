namespace Panorama.Core.Scheduling;

public sealed partial class CriticalPathSchedule<TId>
{
    // Scratch space for incremental passes, created on first use and reused: a live drag allocates little.
    private PriorityQueue<int, int>? _queue;
    private bool[]? _queued;
    private List<int>? _changed;

    /// <summary>Moves a task to a fixed start (as a drag in the Gantt does), keeping its duration.</summary>
    public IReadOnlyList<int> Move(TId id, int start)
    {
        var index = Network.IndexOf(id);
        return Update(index, _duration[index], start);
    }

    /// <summary>Changes a task's duration, keeping its mode and start.</summary>
    public IReadOnlyList<int> Resize(TId id, int duration)
    {
        var index = Network.IndexOf(id);
        return Update(index, duration, _fixed[index] ? _fixedStart[index] : null);
    }

    /// <summary>
    /// Gives a task a new duration and either a fixed start or (null) auto scheduling, then reschedules only what
    /// depends on it: its successors forward, its predecessors backward. The result equals a full schedule of the changed
    /// network. Returns the tasks whose early dates changed, in topological order.
    /// </summary>
    public IReadOnlyList<int> Update(int index, int duration, int? fixedStart)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(duration);
        _duration[index] = duration;
        _fixed[index] = fixedStart is not null;
        _fixedStart[index] = fixedStart ?? 0;
        _critical = null;
        _conflicts = null;

        _queue ??= new PriorityQueue<int, int>();
        _queued ??= new bool[_graph.TaskCount];
        _changed ??= [];
        _changed.Clear();

        var finish = ProjectFinish;
        PropagateEarly(index);
        if (_changed.Count > 0)
        {
            // Cheaper than keeping a sorted structure of finishes: one sequential scan of an int array.
            finish = int.MinValue;
            foreach (var f in _earlyFinish)
            {
                finish = Math.Max(finish, f);
            }
        }

        ProjectFinish = finish;
        PropagateLate(index);
        return [.. _changed];
    }

    /// <summary>Successors in topological order, each once, stopping wherever early dates stay the same.</summary>
    private void PropagateEarly(int index)
    {
        var queue = _queue!;
        queue.Enqueue(index, _graph.Position[index]);
        _queued![index] = true;
        while (queue.TryDequeue(out var task, out _))
        {
            _queued[task] = false;
            var start = EarlyStartFromLinks(task);
            var finish = start + _duration[task];
            if (start == _earlyStart[task] && finish == _earlyFinish[task])
            {
                continue;
            }

            _earlyStart[task] = start;
            _earlyFinish[task] = finish;
            _changed!.Add(task);
            for (var e = _graph.OutStart[task]; e < _graph.OutStart[task + 1]; e++)
            {
                var successor = _graph.OutTask[e];
                if (!_fixed[successor] && !_queued[successor])
                {
                    _queued[successor] = true;
                    queue.Enqueue(successor, _graph.Position[successor]);
                }
            }
        }
    }

    /// <summary>
    /// Predecessors in reverse topological order, each once. Late finishes are stored apart from the project
    /// finish, so only the moved task's ancestors can change: its duration, fixed start and late finish are all
    /// they read of it.
    /// </summary>
    private void PropagateLate(int index)
    {
        var queue = _queue!;
        queue.Enqueue(index, -_graph.Position[index]);
        _queued![index] = true;
        while (queue.TryDequeue(out var task, out _))
        {
            _queued[task] = false;
            var late = LateFinishFromLinks(task);
            if (task != index && late == (_lateFinishRelative[task], _lateFinishAbsolute[task]))
            {
                continue;
            }

            (_lateFinishRelative[task], _lateFinishAbsolute[task]) = late;
            for (var e = _graph.InStart[task]; e < _graph.InStart[task + 1]; e++)
            {
                var predecessor = _graph.InTask[e];
                if (!_queued[predecessor])
                {
                    _queued[predecessor] = true;
                    queue.Enqueue(predecessor, -_graph.Position[predecessor]);
                }
            }
        }
    }
}
