using Panorama.Core.Boxes;
using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// A box ready to serve: its settings, the Core <see cref="BoxSnapshot"/> (tasks in scope, WBS tree, per-view
/// aggregates), the links and dependencies among its tasks and, on first use, the schedule analysis. Immutable: a
/// change makes a new one, which <see cref="BoxSnapshotCache"/> swaps in while readers finish with the old one.
/// </summary>
public sealed class LoadedBox
{
    private readonly Lazy<BoxSchedule> _schedule;
    private readonly Lazy<Dictionary<(Guid, string), int>> _byKey;

    internal LoadedBox(BoxSettings settings, SiteCatalog sites, BoxSnapshot snapshot, IReadOnlyList<TaskLink> links,
        IReadOnlyList<BoxDependency> dependencies, long generation, StoreWatermark watermark, BoxStamp stamp)
        : this(settings, sites, snapshot, links, dependencies, generation, watermark, stamp, null, null)
    {
    }

    private LoadedBox(BoxSettings settings, SiteCatalog sites, BoxSnapshot snapshot, IReadOnlyList<TaskLink> links,
        IReadOnlyList<BoxDependency> dependencies, long generation, StoreWatermark watermark, BoxStamp stamp,
        Lazy<BoxSchedule>? schedule, Lazy<Dictionary<(Guid, string), int>>? byKey)
    {
        Settings = settings;
        Sites = sites;
        Snapshot = snapshot;
        Links = links;
        Dependencies = dependencies;
        Generation = generation;
        Watermark = watermark;
        Stamp = stamp;
        _schedule = schedule ?? new Lazy<BoxSchedule>(() => BoxSchedule.Compute(Tasks, Dependencies, Settings));
        _byKey = byKey ?? new Lazy<Dictionary<(Guid, string), int>>(IndexKeys);
    }

    public BoxSettings Settings { get; }

    public Box Box => Settings.Box;

    public SiteCatalog Sites { get; }

    public BoxSnapshot Snapshot { get; }

    public TaskSet Tasks => Snapshot.Tasks;

    /// <summary>The Jira links whose two issues are both in the box.</summary>
    public IReadOnlyList<TaskLink> Links { get; }

    public IReadOnlyList<BoxDependency> Dependencies { get; }

    /// <summary>The mirror generation this box reflects.</summary>
    public long Generation { get; }

    public StoreWatermark Watermark { get; }

    public BoxStamp Stamp { get; }

    /// <summary>The critical-path analysis of the plan as it stands, computed once per snapshot.</summary>
    public BoxSchedule Schedule => _schedule.Value;

    /// <summary>A task of the box by connection and Jira issue id or key; null when it is not in the box.</summary>
    public PlanTask? FindTask(Guid connectionId, string issueIdOrKey)
    {
        var text = issueIdOrKey.Trim();
        if (long.TryParse(text, out var issueId))
        {
            return Tasks.Find(new TaskKey(connectionId, issueId));
        }

        return _byKey.Value.TryGetValue((connectionId, text.ToUpperInvariant()), out var index) ? Tasks[index] : null;
    }

    internal bool IsCurrent(StoreProbe probe) =>
        probe.Watermark == Watermark && probe.Connections.Equals(Sites.Stamp) && Stamp.Matches(probe.Boxes, Box.Id);

    /// <summary>The same box, known to be current at a later generation (nothing it shows changed).</summary>
    internal LoadedBox At(long generation, StoreWatermark watermark) =>
        new(Settings, Sites, Snapshot, Links, Dependencies, generation, watermark, Stamp, _schedule, _byKey);

    private Dictionary<(Guid, string), int> IndexKeys()
    {
        var index = new Dictionary<(Guid, string), int>(Tasks.Count);
        for (var i = 0; i < Tasks.Count; i++)
        {
            index.TryAdd((Tasks[i].ConnectionId, Tasks[i].IssueKey.ToUpperInvariant()), i);
        }

        return index;
    }
}
