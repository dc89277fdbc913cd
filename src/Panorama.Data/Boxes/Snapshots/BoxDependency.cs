using Panorama.Core.Dependencies;
using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// A dependency between two tasks of a box, with the id the API knows it by: <c>link:&lt;connection&gt;:&lt;link id&gt;</c>
/// for a synced one (a Jira issue link read through the connection's dependency mapping), <c>app:&lt;id&gt;</c> for an
/// app-only one.
/// </summary>
public sealed record BoxDependency(string Id, Dependency Dependency, string? LinkTypeId)
{
    public static string SyncedId(Guid connectionId, long linkId) => $"link:{connectionId:N}:{linkId}";

    public static string AppOnlyId(Guid id) => $"app:{id:N}";

    /// <summary>The synced and app-only dependencies whose two tasks are both in the box.</summary>
    public static IReadOnlyList<BoxDependency> InBox(TaskSet tasks, IEnumerable<TaskLink> links, IEnumerable<AppDependency> appOnly, SiteCatalog sites)
    {
        var result = new List<BoxDependency>();
        foreach (var link in links)
        {
            if (DependencyRoute.FromLink(link, sites.RulesFor(link.ConnectionId)) is { } dependency)
            {
                result.Add(new BoxDependency(SyncedId(link.ConnectionId, link.LinkId), dependency, link.TypeId));
            }
        }

        foreach (var app in appOnly)
        {
            if (tasks.IndexOf(app.Dependency.Predecessor) >= 0 && tasks.IndexOf(app.Dependency.Successor) >= 0)
            {
                result.Add(new BoxDependency(AppOnlyId(app.Id), app.Dependency, null));
            }
        }

        return result;
    }
}
