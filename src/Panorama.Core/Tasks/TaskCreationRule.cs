using Panorama.Core.Outcomes;

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
}
