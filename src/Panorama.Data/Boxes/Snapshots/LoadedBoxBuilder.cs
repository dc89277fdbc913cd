using Panorama.Core.Boxes;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// Makes a <see cref="LoadedBox"/> from the mirror: from scratch (every task of the store through the box's scope,
/// sorted, then the tree), or from the box's previous snapshot by applying only the tasks that changed since.
/// </summary>
internal static class LoadedBoxBuilder
{
    public static LoadedBox Build(BoxSettings settings, TaskStoreMirror mirror, BoxStamp stamp, BoxRecipes? recipes)
    {
        var filter = new BoxScopeFilter(settings.Scope, mirror.IsMember);
        var inScope = new List<PlanTask>();
        foreach (var task in mirror.Tasks)
        {
            if (filter.Contains(task))
            {
                inScope.Add(task);
            }
        }

        return Assemble(settings, mirror, TaskSet.Create(inScope, mirror.Sites.Directory), stamp, recipes);
    }

    /// <summary>The box after <paramref name="change"/>; the same snapshot when none of its tasks or links changed.</summary>
    public static LoadedBox Update(LoadedBox old, TaskStoreMirror mirror, MirrorChange change)
    {
        var filter = new BoxScopeFilter(old.Settings.Scope, mirror.IsMember);
        var upserts = new List<PlanTask>();
        var removals = new List<TaskKey>();
        foreach (var key in change.Tasks)
        {
            if (mirror.Find(key) is { } task && filter.Contains(task))
            {
                upserts.Add(task);
            }
            else if (old.Tasks.IndexOf(key) >= 0)
            {
                removals.Add(key);
            }
        }

        if (upserts.Count == 0 && removals.Count == 0 && !change.LinksChanged && !change.AppDependenciesChanged)
        {
            return old.At(mirror.Generation, mirror.Watermark);
        }

        return Assemble(old.Settings, mirror, old.Tasks.With(upserts, removals), old.Stamp, old.Recipes);
    }

    private static LoadedBox Assemble(BoxSettings settings, TaskStoreMirror mirror, TaskSet tasks, BoxStamp stamp, BoxRecipes? recipes)
    {
        var links = mirror.Links.Where(l => tasks.IndexOf(l.From) >= 0 && tasks.IndexOf(l.To) >= 0).ToList();
        var subBoxes = settings is { ShowsSubBoxes: true, Hierarchy: { } hierarchy }
            ? SubBoxes(hierarchy, settings.Box.Id, settings.SubBoxScopes, tasks, mirror)
            : null;
        var snapshot = new BoxSnapshot(settings.Structure, new StructureInput(tasks, links, subBoxes));
        var dependencies = BoxDependency.InBox(tasks, links, mirror.AppDependencies, mirror.Sites);
        return new LoadedBox(settings, mirror.Sites, snapshot, links, dependencies, mirror.Generation, mirror.Watermark, stamp, recipes);
    }

    /// <summary>The boxes below the box, each with the box's tasks that its scope holds.</summary>
    public static SubBoxTree SubBoxes(BoxHierarchy hierarchy, Guid boxId, IReadOnlyDictionary<Guid, IReadOnlyList<ScopeEntry>> scopes,
        TaskSet tasks, TaskStoreMirror mirror) =>
        SubBoxTree.From(hierarchy, boxId, box => MembersOf(box, scopes, tasks, mirror));

    private static HashSet<TaskKey> MembersOf(Box subBox, IReadOnlyDictionary<Guid, IReadOnlyList<ScopeEntry>> scopes, TaskSet tasks, TaskStoreMirror mirror)
    {
        if (!scopes.TryGetValue(subBox.Id, out var scope) || scope.Count == 0)
        {
            return [];
        }

        var filter = new BoxScopeFilter(scope, mirror.IsMember);
        return tasks.Tasks.Where(filter.Contains).Select(t => t.Key).ToHashSet();
    }
}
