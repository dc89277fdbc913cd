using Panorama.Core.Dependencies;

namespace Panorama.Core.Scheduling;

public sealed partial class CriticalPathSchedule<TId>
{
    /// <summary>
    /// Whether the task is on the critical path: the chain of tasks without float that ends at the project finish.
    /// It starts from the tasks that finish the project with no float and follows, backwards, the links that drive
    /// their successors (no slack) into tasks without float. A task with zero float that only a fixed task's date
    /// holds, not the finish, is not critical.
    /// </summary>
    public bool IsCritical(int index) => (_critical ??= MarkCritical())[index];

    /// <summary>The critical tasks, predecessors first.</summary>
    public IReadOnlyList<TId> CriticalPath()
    {
        var critical = _critical ??= MarkCritical();
        return [.. _graph.Order.Where(i => critical[i]).Select(i => Network.Tasks[i].Id)];
    }

    /// <summary>Strong dependencies that a fixed successor breaks (SPEC 3.5), in task order.</summary>
    public IReadOnlyList<ScheduleConflict<TId>> Conflicts => _conflicts ??= FindConflicts();

    private bool[] MarkCritical()
    {
        var n = _graph.TaskCount;
        var critical = new bool[n];
        var stack = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            if (_earlyFinish[i] == ProjectFinish && TotalFloat(i) <= 0)
            {
                critical[i] = true;
                stack.Push(i);
            }
        }

        while (stack.TryPop(out var successor))
        {
            for (var e = _graph.InStart[successor]; e < _graph.InStart[successor + 1]; e++)
            {
                var predecessor = _graph.InTask[e];
                if (!critical[predecessor]
                    && TotalFloat(predecessor) <= 0
                    && Slack(predecessor, successor, _graph.InType[e], _graph.InLag[e]) <= 0)
                {
                    critical[predecessor] = true;
                    stack.Push(predecessor);
                }
            }
        }

        return critical;
    }

    private List<ScheduleConflict<TId>> FindConflicts()
    {
        var conflicts = new List<ScheduleConflict<TId>>();
        for (var task = 0; task < _graph.TaskCount; task++)
        {
            if (!_fixed[task])
            {
                continue;
            }

            for (var e = _graph.InStart[task]; e < _graph.InStart[task + 1]; e++)
            {
                var predecessor = _graph.InTask[e];
                var required = RequiredStart(predecessor, _graph.InType[e], _graph.InLag[e], _duration[task]);
                if (required > _earlyStart[task])
                {
                    conflicts.Add(new(
                        Network.Tasks[predecessor].Id,
                        Network.Tasks[task].Id,
                        _graph.InType[e],
                        _graph.InLag[e],
                        required - _earlyStart[task]));
                }
            }
        }

        return conflicts;
    }
}
