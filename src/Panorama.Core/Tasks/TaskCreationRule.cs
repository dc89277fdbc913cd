using Panorama.Core.Outcomes;
using Panorama.Core.Scope;

namespace Panorama.Core.Tasks;

/// <summary>
/// Rule 14: a task is always created in the primary site. The caller names a site (or none, meaning the primary);
/// the rule answers with the site to create in, or a refusal that says tasks are created in the primary site only.
/// </summary>
public static class TaskCreationRule
{
    public static Outcome<SiteRef> Check(Guid? requestedConnectionId, SiteDirectory sites)
    {
        if (sites.Primary is not { } primary)
        {
            return Outcome.Refused<SiteRef>(
                "No primary site is connected. Connect the primary Jira site in App Configuration before creating tasks.");
        }

        if (requestedConnectionId is not { } requested || requested == primary.ConnectionId)
        {
            return primary;
        }

        if (sites.Find(requested) is not { } site)
        {
            return Outcome.Refused<SiteRef>(
                $"Connection {requested} does not exist. Tasks are created in the primary site '{primary.Name}'.");
        }

        return Outcome.Refused<SiteRef>(
            $"Tasks are created in the primary site only: '{site.Name}' is a secondary site. " +
            $"Create the task in '{primary.Name}' and link it to work on '{site.Name}' with a dependency.");
    }

    /// <summary>
    /// As <see cref="Check(Guid?, SiteDirectory)"/>, and the new task must land in the box: the box's scope needs an
    /// integration for the primary site whose projects hold <paramref name="projectKey"/> (with a JQL source,
    /// Jira decides after creation, so the check lets it through).
    /// </summary>
    public static Outcome<SiteRef> Check(Guid? requestedConnectionId, string projectKey, BoxScope scope, SiteDirectory sites)
    {
        var site = Check(requestedConnectionId, sites);
        if (!site.IsOk)
        {
            return site;
        }

        var primary = site.Value;
        if (scope.For(primary.ConnectionId) is not { } integration)
        {
            return Outcome.Refused<SiteRef>(
                $"This box has no integration for the primary site '{primary.Name}', so a task created there would not " +
                $"appear in it. Add an integration for '{primary.Name}' to the box's scope first.");
        }

        var key = projectKey.Trim().ToUpperInvariant();
        return integration.Jql is null && !integration.ProjectKeys.Contains(key, StringComparer.Ordinal)
            ? Outcome.Refused<SiteRef>(
                $"Project '{key}' is not in this box's scope on '{primary.Name}' ({string.Join(", ", integration.ProjectKeys)}). " +
                $"Create the task in one of those projects, or add '{key}' to the scope.")
            : primary;
    }
}
