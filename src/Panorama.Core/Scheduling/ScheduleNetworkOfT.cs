namespace Panorama.Core.Scheduling;

/// <summary>
/// Tasks and their strong links, checked (unique ids, known ends, durations, fixed starts, no cycle) and indexed for
/// the critical-path passes. Immutable: compute it once per box and schedule it as often as needed.
/// </summary>
public sealed class ScheduleNetwork<TId>
    where TId : notnull
{
    private readonly Dictionary<TId, int> _indexOf;

    internal ScheduleNetwork(ScheduleTask<TId>[] tasks, ScheduleLink<TId>[] links, Dictionary<TId, int> indexOf, ScheduleGraph graph)
    {
        Tasks = tasks;
        Links = links;
        _indexOf = indexOf;
        Graph = graph;
    }

    public IReadOnlyList<ScheduleTask<TId>> Tasks { get; }

    /// <summary>The strong links (soft ones are dropped).</summary>
    public IReadOnlyList<ScheduleLink<TId>> Links { get; }

    internal ScheduleGraph Graph { get; }

    public int IndexOf(TId id) =>
        _indexOf.TryGetValue(id, out var index) ? index : throw new KeyNotFoundException($"There is no task '{id}' in the network.");

    public bool TryGetIndex(TId id, out int index) => _indexOf.TryGetValue(id, out index);

    /// <summary>The place of a task in a topological order of the network (every predecessor comes first).</summary>
    public int TopologicalPosition(int index) => Graph.Position[index];

    /// <summary>Schedules every task (forward and backward pass); offsets are working days from the project start.</summary>
    public CriticalPathSchedule<TId> Schedule(int projectStart = 0) => CriticalPathSchedule<TId>.Compute(this, projectStart);
}
