using Panorama.Core.Dependencies;

namespace Panorama.Core.Scheduling;

/// <summary>Checks tasks and links (unique ids, known ends, durations, fixed starts, no cycle) and indexes them.</summary>
public static class ScheduleNetwork
{
    // Offsets stay far from int overflow: every sum of durations and lags along any path fits.
    private const long MaxSpan = int.MaxValue / 4;

    /// <summary>Builds the network or throws <see cref="ScheduleNetworkException"/> listing every problem.</summary>
    public static ScheduleNetwork<TId> Create<TId>(IEnumerable<ScheduleTask<TId>> tasks, IEnumerable<ScheduleLink<TId>> links, IEqualityComparer<TId>? comparer = null)
        where TId : notnull =>
        TryCreate(tasks, links, out var network, out var problems, comparer)
            ? network
            : throw new ScheduleNetworkException([.. problems.Select(p => p.Message)]);

    public static bool TryCreate<TId>(
        IEnumerable<ScheduleTask<TId>> tasks,
        IEnumerable<ScheduleLink<TId>> links,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScheduleNetwork<TId>? network,
        out IReadOnlyList<ScheduleProblem<TId>> problems,
        IEqualityComparer<TId>? comparer = null)
        where TId : notnull
    {
        var taskArray = tasks.ToArray();
        var strong = links.Where(l => l.Strength == DependencyStrength.Strong).ToArray();
        var found = new List<ScheduleProblem<TId>>();
        var indexOf = IndexTasks(taskArray, comparer, found);

        var from = new int[strong.Length];
        var to = new int[strong.Length];
        var types = new DependencyType[strong.Length];
        var lags = new int[strong.Length];
        long span = 0;
        for (var k = 0; k < strong.Length; k++)
        {
            var link = strong[k];
            from[k] = Resolve(link.From, link, indexOf, found);
            to[k] = Resolve(link.To, link, indexOf, found);
            types[k] = link.Type;
            lags[k] = link.Lag;
            span += Math.Abs((long)link.Lag);
        }

        // Any offset is at most the farthest fixed start plus every duration and lag on the way.
        span += taskArray.Sum(t => Math.Abs((long)t.Duration));
        span += taskArray.Length == 0 ? 0 : taskArray.Max(t => Math.Abs((long)(t.Start ?? 0)));
        if (span > MaxSpan)
        {
            found.Add(new(ScheduleProblemKind.TooLarge, $"The durations, lags and starts add up to {span} working days; the limit is {MaxSpan}.", []));
        }

        network = null;
        if (found.Count == 0)
        {
            var graph = ScheduleGraph.Build(taskArray.Length, from, to, types, lags, out var cycle);
            if (cycle is not null)
            {
                var ids = cycle.Select(i => taskArray[i].Id).ToArray();
                var path = string.Join(" -> ", ids.Append(ids[0]).Select(id => $"'{id}'"));
                found.Add(new(ScheduleProblemKind.Cycle, $"The strong dependencies form a cycle: {path}. Remove or soften one of these links.", ids));
            }
            else
            {
                network = new ScheduleNetwork<TId>(taskArray, strong, indexOf, graph);
            }
        }

        problems = found;
        return network is not null;
    }

    private static Dictionary<TId, int> IndexTasks<TId>(ScheduleTask<TId>[] tasks, IEqualityComparer<TId>? comparer, List<ScheduleProblem<TId>> found)
        where TId : notnull
    {
        var indexOf = new Dictionary<TId, int>(tasks.Length, comparer);
        for (var i = 0; i < tasks.Length; i++)
        {
            var task = tasks[i];
            if (!indexOf.TryAdd(task.Id, i))
            {
                found.Add(new(ScheduleProblemKind.DuplicateTask, $"Task '{task.Id}' appears more than once; task ids must be unique.", [task.Id]));
            }

            if (task.Duration < 0)
            {
                found.Add(new(ScheduleProblemKind.NegativeDuration, $"Task '{task.Id}' has a negative duration ({task.Duration}); use 0 for a milestone.", [task.Id]));
            }

            if (task.IsFixed && task.Start is null)
            {
                var why = task.IsDone ? "done" : task.Mode.ToString().ToLowerInvariant();
                found.Add(new(ScheduleProblemKind.MissingStart, $"Task '{task.Id}' is {why} and so never moves, but it has no start.", [task.Id]));
            }
        }

        return indexOf;
    }

    private static int Resolve<TId>(TId id, ScheduleLink<TId> link, Dictionary<TId, int> indexOf, List<ScheduleProblem<TId>> found)
        where TId : notnull
    {
        if (indexOf.TryGetValue(id, out var index))
        {
            return index;
        }

        found.Add(new(ScheduleProblemKind.UnknownTask, $"The link {link} names task '{id}', which is not in the network.", [id]));
        return -1;
    }
}
