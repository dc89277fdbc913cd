using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// What one refresh of the <see cref="TaskStoreMirror"/> changed: tasks added, changed or removed (a task whose
/// scope membership changed counts too), and whether links, app-only dependencies or the sites changed.
/// <see cref="Reset"/>: everything was reloaded, so every box must be rebuilt from scratch.
/// </summary>
public sealed class MirrorChange
{
    public MirrorChange(long generation) => Generation = generation;

    public long Generation { get; }

    public HashSet<TaskKey> Tasks { get; } = [];

    public bool LinksChanged { get; set; }

    public bool AppDependenciesChanged { get; set; }

    public bool SitesChanged { get; set; }

    public bool Reset { get; set; }

    public bool IsEmpty => Tasks.Count == 0 && !LinksChanged && !AppDependenciesChanged && !SitesChanged && !Reset;

    /// <summary>Adds what <paramref name="later"/> changed (for a box that missed several refreshes).</summary>
    public void Include(MirrorChange later)
    {
        Tasks.UnionWith(later.Tasks);
        LinksChanged |= later.LinksChanged;
        AppDependenciesChanged |= later.AppDependenciesChanged;
        SitesChanged |= later.SitesChanged;
        Reset |= later.Reset;
    }
}
