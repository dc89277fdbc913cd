using Panorama.Core.Dependencies;

namespace Panorama.Core.Scheduling;

public sealed partial class CriticalPathSchedule<TId>
{
    private void ForwardPass()
    {
        // The finish is the latest task finish, even when every task is fixed before the project start (otherwise no
        // task would end at the finish and the critical path would be empty); with no tasks it is the start.
        var finish = _graph.TaskCount == 0 ? ProjectStart : int.MinValue;
        foreach (var task in _graph.Order)
        {
            var start = EarlyStartFromLinks(task);
            _earlyStart[task] = start;
            _earlyFinish[task] = start + _duration[task];
            finish = Math.Max(finish, _earlyFinish[task]);
        }

        ProjectFinish = finish;
    }

    private void BackwardPass()
    {
        var order = _graph.Order;
        for (var p = order.Length - 1; p >= 0; p--)
        {
            var task = order[p];
            (_lateFinishRelative[task], _lateFinishAbsolute[task]) = LateFinishFromLinks(task);
        }
    }

    /// <summary>A fixed task's own start; an auto task's latest bound from its links and the project start.</summary>
    private int EarlyStartFromLinks(int task)
    {
        if (_fixed[task])
        {
            return _fixedStart[task];
        }

        var start = ProjectStart;
        var duration = _duration[task];
        for (var e = _graph.InStart[task]; e < _graph.InStart[task + 1]; e++)
        {
            start = Math.Max(start, RequiredStart(_graph.InTask[e], _graph.InType[e], _graph.InLag[e], duration));
        }

        return start;
    }

    /// <summary>The earliest start a link from <paramref name="from"/> allows a successor of the given duration.</summary>
    private int RequiredStart(int from, DependencyType type, int lag, int duration) => type switch
    {
        DependencyType.FS => _earlyFinish[from] + lag,
        DependencyType.SS => _earlyStart[from] + lag,
        DependencyType.FF => _earlyFinish[from] + lag - duration,
        _ => _earlyStart[from] + lag - duration,
    };

    /// <summary>
    /// A task's late finish as (relative to the project finish, absolute): the project finish bounds every task;
    /// each successor bounds it through the link, a fixed successor no later than its own early finish.
    /// </summary>
    private (int Relative, int Absolute) LateFinishFromLinks(int task)
    {
        var relative = 0;
        var absolute = None;
        var duration = _duration[task];
        for (var e = _graph.OutStart[task]; e < _graph.OutStart[task + 1]; e++)
        {
            var successor = _graph.OutTask[e];
            var type = _graph.OutType[e];

            // Late finish of the task <= late finish of the successor + shift, where the shift turns the link into
            // a finish-to-finish bound (e.g. FS: LF(A) <= LS(B) - lag = LF(B) - dur(B) - lag).
            var shift = -_graph.OutLag[e]
                + (type is DependencyType.SS or DependencyType.SF ? duration : 0)
                - (type is DependencyType.FS or DependencyType.SS ? _duration[successor] : 0);
            relative = Math.Min(relative, _lateFinishRelative[successor] + shift);
            var successorAbsolute = _fixed[successor]
                ? Math.Min(_lateFinishAbsolute[successor], _earlyFinish[successor])
                : _lateFinishAbsolute[successor];
            if (successorAbsolute != None)
            {
                absolute = Math.Min(absolute, successorAbsolute + shift);
            }
        }

        return (relative, absolute);
    }
}
