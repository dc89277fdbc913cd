using System.Buffers;
using System.Runtime.InteropServices;
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
        ReadOnlySpan<ScheduleLink<TId>> given = links switch
        {
            ScheduleLink<TId>[] array => array,
            List<ScheduleLink<TId>> list => CollectionsMarshal.AsSpan(list),
            _ => links.ToArray(),
        };
        var found = new List<ScheduleProblem<TId>>();
        var indexOf = IndexTasks(taskArray, comparer, found);

        // The link columns only live until the graph is built: rent them, a 200,000-link box would otherwise put
        // megabytes on the large object heap for every build.
        var from = ArrayPool<int>.Shared.Rent(given.Length);
        var to = ArrayPool<int>.Shared.Rent(given.Length);
        var types = ArrayPool<DependencyType>.Shared.Rent(given.Length);
        var lags = ArrayPool<int>.Shared.Rent(given.Length);
        try
        {
            long span = 0;
            var k = 0;
            foreach (ref readonly var link in given)
            {
                if (link.Strength != DependencyStrength.Strong)
                {
                    continue;
                }

                from[k] = Resolve(link.From, link, indexOf, found);
                to[k] = Resolve(link.To, link, indexOf, found);
                types[k] = link.Type;
                lags[k] = link.Lag;
                span += Math.Abs((long)link.Lag);
                k++;
            }

            // Any offset is at most the farthest fixed start plus every duration and lag on the way.
            long farthestStart = 0;
            foreach (ref readonly var task in taskArray.AsSpan())
            {
                span += Math.Abs((long)task.Duration);
                farthestStart = Math.Max(farthestStart, Math.Abs((long)(task.Start ?? 0)));
            }

            span += farthestStart;
            if (span > MaxSpan)
            {
                found.Add(new(ScheduleProblemKind.TooLarge, $"The durations, lags and starts add up to {span} working days; the limit is {MaxSpan}.", []));
            }

            network = null;
            if (found.Count == 0)
            {
                var n = k;
                var graph = ScheduleGraph.Build(taskArray.Length, from.AsSpan(0, n), to.AsSpan(0, n), types.AsSpan(0, n), lags.AsSpan(0, n), out var cycle);
                if (cycle is not null)
                {
                    var ids = cycle.Select(i => taskArray[i].Id).ToArray();
                    var path = string.Join(" -> ", ids.Append(ids[0]).Select(id => $"'{id}'"));
                    found.Add(new(ScheduleProblemKind.Cycle, $"The strong dependencies form a cycle: {path}. Remove or soften one of these links.", ids));
                }
                else
                {
                    network = new ScheduleNetwork<TId>(taskArray, indexOf, graph);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(from);
            ArrayPool<int>.Shared.Return(to);
            ArrayPool<DependencyType>.Shared.Return(types);
            ArrayPool<int>.Shared.Return(lags);
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

    private static int Resolve<TId>(TId id, in ScheduleLink<TId> link, Dictionary<TId, int> indexOf, List<ScheduleProblem<TId>> found)
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
