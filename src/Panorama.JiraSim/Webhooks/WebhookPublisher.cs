using Panorama.JiraSim.Jql;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Webhooks;

/// <summary>
/// Turns a site event into deliveries for every enabled registration that subscribes to it, applying the JQL filter
/// to issue events only (Jira does not filter link events). Runs under the site lock that made the change, so the
/// body shows the issue exactly as the change left it.
/// </summary>
internal sealed class WebhookPublisher(SiteCatalog catalog, SiteState state, WebhookPayloads payloads, TimeProvider time)
{
    public void Collect(SiteEvent e, List<WebhookDelivery> deliveries)
    {
        if (state.Webhooks.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        byte[]? body = null;
        foreach (var registration in state.Webhooks.Values.OrderBy(r => r.Id))
        {
            if (!registration.Enabled || !registration.Events.Contains(e.Name) || !Matches(registration, e, now))
            {
                continue;
            }

            body ??= e switch
            {
                IssueEvent issueEvent => payloads.Issue(issueEvent, now),
                LinkEvent linkEvent => WebhookPayloads.Link(linkEvent, now),
                _ => [],
            };
            deliveries.Add(new WebhookDelivery(
                registration.Id,
                Substitute(registration.Url, e),
                registration.Secret,
                registration.ExcludeBody ? [] : body,
                e.Name,
                Guid.CreateVersion7(now).ToString(),
                e.Secondary ? "Secondary" : "Primary"));
        }
    }

    private bool Matches(WebhookRegistration registration, SiteEvent e, DateTimeOffset now)
    {
        if (e is not IssueEvent issueEvent || registration.ParsedFilter?.Where is not { } where)
        {
            return true;
        }

        try
        {
            return JqlCompiler.Compile(where, new JqlContext(catalog, state, registration.LastUpdatedAccountId, now))(issueEvent.Issue);
        }
        catch (JqlException)
        {
            // A filter that no longer resolves (e.g. a key that was deleted) matches nothing, as a broken filter in Jira.
            return false;
        }
    }

    /// <summary>Jira's URL variables: <c>${issue.id}</c>, <c>${issue.key}</c>, <c>${project.id}</c>, <c>${project.key}</c>.</summary>
    private static string Substitute(string url, SiteEvent e)
    {
        if (!url.Contains("${", StringComparison.Ordinal) || e is not IssueEvent { Issue: var issue })
        {
            return url;
        }

        return url.Replace("${issue.id}", issue.Id.ToString(), StringComparison.Ordinal)
            .Replace("${issue.key}", issue.Key, StringComparison.Ordinal)
            .Replace("${project.id}", issue.Project.Id.ToString(), StringComparison.Ordinal)
            .Replace("${project.key}", issue.Project.Key, StringComparison.Ordinal);
    }
}
