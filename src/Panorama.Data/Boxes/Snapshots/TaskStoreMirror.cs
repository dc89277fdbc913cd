using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// The task store in memory, kept current by loading only what changed: task rows above the last change version
/// seen, link and scope-membership rows likewise (with a row count check, since a deleted row leaves no version),
/// app-only dependencies whole when they changed. Every refresh that changed something gets a generation number
/// and a <see cref="MirrorChange"/>, so box snapshots apply just the tasks that changed since they were built.
/// Not thread-safe: <see cref="BoxSnapshotCache"/> calls it under its lock.
/// </summary>
public sealed partial class TaskStoreMirror
{
    // Enough for a box read a few seconds after a burst of webhooks; older boxes are rebuilt from scratch.
    private const int LogLength = 512;

    private readonly Dictionary<TaskKey, PlanTask> _tasks = [];
    private readonly Dictionary<(Guid, long), TaskLink> _links = [];
    private readonly Dictionary<Guid, MemberSet> _members = [];
    private readonly Queue<MirrorChange> _log = new();
    private readonly SharedRefs _refs = new();
    private List<AppDependency> _appDependencies = [];
    private int _memberCount;

    public long Generation { get; private set; }

    /// <summary>What the mirror holds, in the watermark's terms: equal to the store's when it is current.</summary>
    public StoreWatermark Watermark { get; private set; } = StoreWatermark.Empty;

    public SiteCatalog Sites { get; private set; } = SiteCatalog.Empty;

    public IReadOnlyCollection<PlanTask> Tasks => _tasks.Values;

    public int TaskCount => _tasks.Count;

    public IReadOnlyCollection<TaskLink> Links => _links.Values;

    public IReadOnlyList<AppDependency> AppDependencies => _appDependencies;

    public PlanTask? Find(TaskKey key) => _tasks.GetValueOrDefault(key);

    /// <summary>Whether Jira said the issue matches the integration's JQL (the sync engine's scope memberships).</summary>
    public bool IsMember(Guid integrationId, long issueId) =>
        _members.TryGetValue(integrationId, out var members) && members.Issues.Contains(issueId);

    /// <summary>
    /// Everything that changed after <paramref name="generation"/>, merged; an empty change when nothing did; null
    /// when the log no longer reaches back that far (rebuild from scratch).
    /// </summary>
    public MirrorChange? ChangesSince(long generation)
    {
        var merged = new MirrorChange(Generation);
        if (generation == Generation)
        {
            return merged;
        }

        if (generation > Generation || _log.Count == 0 || _log.Peek().Generation > generation + 1)
        {
            return null;
        }

        foreach (var change in _log.Where(c => c.Generation > generation))
        {
            merged.Include(change);
        }

        return merged;
    }

    private void Publish(MirrorChange change)
    {
        if (change.IsEmpty)
        {
            return;
        }

        Generation = change.Generation;
        _log.Enqueue(change);
        while (_log.Count > LogLength)
        {
            _log.Dequeue();
        }
    }

    /// <summary>The issues of one integration's connection that Jira says are in its scope.</summary>
    private sealed class MemberSet(Guid connectionId)
    {
        public Guid ConnectionId { get; } = connectionId;

        public HashSet<long> Issues { get; } = [];
    }
}
