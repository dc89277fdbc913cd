namespace Panorama.Core.Scheduling;

/// <summary>
/// Tasks and their strong links, checked (unique ids, known ends, durations, fixed starts, no cycle) and indexed for
/// the critical-path passes. Immutable: compute it once per box and schedule it as often as needed.
/// </summary>
public sealed class ScheduleNetwork<TId>
    where TId : notnull
{
    private readonly Dictionary<TId, int> _indexOf;

    private ScheduleLink<TId>[]? _links;

    internal ScheduleNetwork(ScheduleTask<TId>[] tasks, Dictionary<TId, int> indexOf, ScheduleGraph graph)
    {
        TaskArray = tasks;
        _indexOf = indexOf;
        Graph = graph;
    }

    public IReadOnlyList<ScheduleTask<TId>> Tasks => TaskArray;

    /// <summary>
    /// The strong links (soft ones are dropped), grouped by predecessor. Rebuilt from the graph when first asked:
    /// the passes never need them, and a copy of 200,000 links is megabytes per build.
    /// </summary>
    public IReadOnlyList<ScheduleLink<TId>> Links => _links ??= [.. Enumerable.Range(0, Graph.TaskCount).SelectMany(LinksFrom)];

    private IEnumerable<ScheduleLink<TId>> LinksFrom(int task)
    {
        for (var e = Graph.OutStart[task]; e < Graph.OutStart[task + 1]; e++)
        {
            yield return new(TaskArray[task].Id, TaskArray[Graph.OutTask[e]].Id, Graph.OutType[e], Graph.OutLag[e]);
        }
    }

    internal ScheduleGraph Graph { get; }

    internal ScheduleTask<TId>[] TaskArray { get; }

    public int IndexOf(TId id) =>
        _indexOf.TryGetValue(id, out var index) ? index : throw new KeyNotFoundException($"There is no task '{id}' in the network.");

    public bool TryGetIndex(TId id, out int index) => _indexOf.TryGetValue(id, out index);

    /// <summary>The place of a task in a topological order of the network (every predecessor comes first).</summary>
    public int TopologicalPosition(int index) => Graph.Position[index];

    /// <summary>Schedules every task (forward and backward pass); offsets are working days from the project start.</summary>
    public CriticalPathSchedule<TId> Schedule(int projectStart = 0) => CriticalPathSchedule<TId>.Compute(this, projectStart);
}
