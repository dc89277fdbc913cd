using System.Buffers;
using Panorama.Core.Dependencies;

namespace Panorama.Core.Scheduling;

/// <summary>
/// The strong links of a network by task index, in compressed rows both ways (each edge carries its neighbour, type
/// and lag so a pass reads one contiguous run), plus a topological order. Built once, read by every pass.
/// </summary>
internal sealed class ScheduleGraph
{
    private ScheduleGraph(int taskCount, int linkCount)
    {
        TaskCount = taskCount;
        InStart = new int[taskCount + 1];
        InTask = new int[linkCount];
        InType = new DependencyType[linkCount];
        InLag = new int[linkCount];
        OutStart = new int[taskCount + 1];
        OutTask = new int[linkCount];
        OutType = new DependencyType[linkCount];
        OutLag = new int[linkCount];
        Order = new int[taskCount];
        Position = new int[taskCount];
    }

    public int TaskCount { get; }

    public int[] InStart { get; }

    /// <summary>The predecessor of each incoming edge.</summary>
    public int[] InTask { get; }

    public DependencyType[] InType { get; }

    public int[] InLag { get; }

    public int[] OutStart { get; }

    /// <summary>The successor of each outgoing edge.</summary>
    public int[] OutTask { get; }

    public DependencyType[] OutType { get; }

    public int[] OutLag { get; }

    /// <summary>Tasks in topological order (every predecessor before its successors); valid when acyclic.</summary>
    public int[] Order { get; }

    /// <summary>Each task's place in <see cref="Order"/>.</summary>
    public int[] Position { get; }

    /// <summary>Builds the graph; returns a cycle (task indices in order) instead when there is one.</summary>
    public static ScheduleGraph Build(int taskCount, ReadOnlySpan<int> from, ReadOnlySpan<int> to, ReadOnlySpan<DependencyType> types, ReadOnlySpan<int> lags, out int[]? cycle)
    {
        var graph = new ScheduleGraph(taskCount, from.Length);
        foreach (var t in to)
        {
            graph.InStart[t + 1]++;
        }

        foreach (var f in from)
        {
            graph.OutStart[f + 1]++;
        }

        for (var i = 0; i < taskCount; i++)
        {
            graph.InStart[i + 1] += graph.InStart[i];
            graph.OutStart[i + 1] += graph.OutStart[i];
        }

        var inNext = ArrayPool<int>.Shared.Rent(taskCount);
        var outNext = ArrayPool<int>.Shared.Rent(taskCount);
        Array.Copy(graph.InStart, inNext, taskCount);
        Array.Copy(graph.OutStart, outNext, taskCount);
        for (var k = 0; k < from.Length; k++)
        {
            var i = inNext[to[k]]++;
            graph.InTask[i] = from[k];
            graph.InType[i] = types[k];
            graph.InLag[i] = lags[k];
            var o = outNext[from[k]]++;
            graph.OutTask[o] = to[k];
            graph.OutType[o] = types[k];
            graph.OutLag[o] = lags[k];
        }

        ArrayPool<int>.Shared.Return(inNext);
        ArrayPool<int>.Shared.Return(outNext);
        cycle = graph.SortTopologically();
        return graph;
    }

    /// <summary>Kahn's algorithm; when tasks are left over they sit on or behind a cycle, which is then traced.</summary>
    private int[]? SortTopologically()
    {
        var pending = ArrayPool<int>.Shared.Rent(TaskCount);
        var count = 0;
        for (var i = 0; i < TaskCount; i++)
        {
            pending[i] = InStart[i + 1] - InStart[i];
            if (pending[i] == 0)
            {
                Order[count++] = i;
            }
        }

        for (var head = 0; head < count; head++)
        {
            var task = Order[head];
            for (var e = OutStart[task]; e < OutStart[task + 1]; e++)
            {
                if (--pending[OutTask[e]] == 0)
                {
                    Order[count++] = OutTask[e];
                }
            }
        }

        for (var p = 0; p < count; p++)
        {
            Position[Order[p]] = p;
        }

        var cycle = count == TaskCount ? null : TraceCycle(pending);
        ArrayPool<int>.Shared.Return(pending);
        return cycle;
    }

    /// <summary>
    /// Every task left by Kahn's algorithm still has a predecessor that was left too, so walking backwards from any
    /// of them must revisit a task: the walk from that task on is a cycle.
    /// </summary>
    private int[] TraceCycle(int[] pending)
    {
        var start = Array.FindIndex(pending, 0, TaskCount, p => p > 0);
        var seenAt = new Dictionary<int, int>();
        var walk = new List<int>();
        var task = start;
        while (!seenAt.ContainsKey(task))
        {
            seenAt[task] = walk.Count;
            walk.Add(task);
            for (var e = InStart[task]; e < InStart[task + 1]; e++)
            {
                if (pending[InTask[e]] > 0)
                {
                    task = InTask[e];
                    break;
                }
            }
        }

        // The walk went from successor to predecessor; reverse it so each task precedes the next.
        // Start it at the task given first, so the same cycle is always named the same way.
        var cycle = walk.GetRange(seenAt[task], walk.Count - seenAt[task]);
        cycle.Reverse();
        var first = cycle.IndexOf(cycle.Min());
        return [.. cycle[first..], .. cycle[..first]];
    }
}
