using System.Collections.Concurrent;
using Panorama.Core.Boxes;
using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// A box ready to serve: its settings, the Core <see cref="BoxSnapshot"/> (tasks in scope, WBS tree, per-view
/// aggregates), the links and dependencies among its tasks and, on first use, the schedule analysis and whatever
/// else readers derive from it (<see cref="Derived{T}"/>). Immutable: a change makes a new one, which
/// <see cref="BoxSnapshotCache"/> swaps in while readers finish with the old one.
/// </summary>
public sealed class LoadedBox
{
    private readonly Derivations _derived;
    private readonly BoxRecipes _recipes;

    internal LoadedBox(BoxSettings settings, SiteCatalog sites, BoxSnapshot snapshot, IReadOnlyList<TaskLink> links,
        IReadOnlyList<BoxDependency> dependencies, long generation, StoreWatermark watermark, BoxStamp stamp, BoxRecipes? recipes)
        : this(settings, sites, snapshot, links, dependencies, generation, watermark, stamp, recipes ?? new BoxRecipes(), null)
    {
    }

    private LoadedBox(BoxSettings settings, SiteCatalog sites, BoxSnapshot snapshot, IReadOnlyList<TaskLink> links,
        IReadOnlyList<BoxDependency> dependencies, long generation, StoreWatermark watermark, BoxStamp stamp, BoxRecipes recipes,
        Derivations? derived)
    {
        Settings = settings;
        Sites = sites;
        Snapshot = snapshot;
        Links = links;
        Dependencies = dependencies;
        Generation = generation;
        Watermark = watermark;
        Stamp = stamp;
        _recipes = recipes;
        _derived = derived ?? new Derivations(this);
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

    /// <summary>Changes whenever anything the box shows changes (an HTTP entity tag for what is derived from it).</summary>
    public Guid ContentTag => _derived.Tag;

    /// <summary>The critical-path analysis of the plan as it stands, computed once per snapshot.</summary>
    public BoxSchedule Schedule => _derived.Schedule.Value;

    internal BoxRecipes Recipes => _recipes;

    /// <summary>
    /// A value computed from this box once (a serialised payload, a view's aggregates) and kept with it. The recipe is
    /// remembered for the box, so when the sync engine's feed triggers a background refresh, the next version of the
    /// box computes it before anyone asks (<see cref="WarmUp"/>).
    /// </summary>
    public T? Derived<T>(string key, Func<LoadedBox, T?> create)
        where T : class
    {
        _recipes.Remember(key, create);
        _derived.Asked.TryAdd(key, 0);
        return (T?)_derived.Values.GetOrAdd(key, _ => new Lazy<object?>(() => create(this))).Value;
    }

    /// <summary>A task of the box by connection and Jira issue id or key; null when it is not in the box.</summary>
    public PlanTask? FindTask(Guid connectionId, string issueIdOrKey)
    {
        var text = issueIdOrKey.Trim();
        if (long.TryParse(text, out var issueId))
        {
            return Tasks.Find(new TaskKey(connectionId, issueId));
        }

        return _derived.ByKey.Value.TryGetValue((connectionId, text.ToUpperInvariant()), out var index) ? Tasks[index] : null;
    }

    /// <summary>The keys readers asked this version for through <see cref="Derived{T}"/>.</summary>
    internal ICollection<string> AskedKeys => _derived.Asked.Keys;

    /// <summary>Computes the schedule and the derived values of the given keys whose recipes the box knows.</summary>
    internal void WarmUp(IEnumerable<string> keys)
    {
        _ = _derived.Schedule.Value;
        foreach (var key in keys)
        {
            if (_recipes.Find(key) is { } create)
            {
                _ = _derived.Values.GetOrAdd(key, _ => new Lazy<object?>(() => create(this))).Value;
            }
        }
    }

    internal bool IsCurrent(StoreProbe probe) =>
        probe.Watermark == Watermark && probe.Connections.Equals(Sites.Stamp) && Stamp.Matches(probe.Boxes, Box.Id);

    /// <summary>The same tasks and tree with other settings of the box (views, modes, calendar); nothing derived is kept.</summary>
    internal LoadedBox WithSettings(BoxSettings settings, BoxStamp stamp) =>
        new(settings, Sites, Snapshot, Links, Dependencies, Generation, Watermark, stamp, _recipes, null);

    /// <summary>The same box, known to be current at a later generation (nothing it shows changed).</summary>
    internal LoadedBox At(long generation, StoreWatermark watermark) =>
        new(Settings, Sites, Snapshot, Links, Dependencies, generation, watermark, Stamp, _recipes, _derived);

    /// <summary>What is computed from one content of the box, shared by its versions that show the same content.</summary>
    private sealed class Derivations(LoadedBox box)
    {
        public Guid Tag { get; } = Guid.NewGuid();

        public Lazy<BoxSchedule> Schedule { get; } = new(() => BoxSchedule.Compute(box.Tasks, box.Dependencies, box.Settings));

        public Lazy<Dictionary<(Guid, string), int>> ByKey { get; } = new(() =>
        {
            var index = new Dictionary<(Guid, string), int>(box.Tasks.Count);
            for (var i = 0; i < box.Tasks.Count; i++)
            {
                index.TryAdd((box.Tasks[i].ConnectionId, box.Tasks[i].IssueKey.ToUpperInvariant()), i);
            }

            return index;
        });

        public ConcurrentDictionary<string, Lazy<object?>> Values { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, byte> Asked { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>The recipes readers used on a box (see <see cref="LoadedBox.Derived{T}"/>), kept across its versions.</summary>
internal sealed class BoxRecipes
{
    // A handful per box (the gantt payload, each view in use); bounded so a client cycling through names cannot grow it.
    private const int Limit = 16;
    private readonly ConcurrentDictionary<string, Func<LoadedBox, object?>> _recipes = new(StringComparer.Ordinal);

    public BoxRecipes()
    {
    }

    /// <summary>Recipes known before any reader asks: the <see cref="BoxDerivation"/>s registered with the cache.</summary>
    public BoxRecipes(IEnumerable<BoxDerivation> derivations)
    {
        foreach (var derivation in derivations)
        {
            _recipes[derivation.Key] = derivation.Create;
        }
    }

    public Func<LoadedBox, object?>? Find(string key) => _recipes.GetValueOrDefault(key);

    public void Remember<T>(string key, Func<LoadedBox, T?> create)
        where T : class
    {
        if (_recipes.Count < Limit || _recipes.ContainsKey(key))
        {
            _recipes[key] = create;
        }
    }
}
