using System.Globalization;
using Panorama.Core.Connections;
using Panorama.Core.Scope;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.Jira.Client;
using Panorama.Jira.Errors;
using Panorama.Jira.Webhooks;

namespace Panorama.Sync.Connections.Webhooks;

/// <summary>The calls to the site's admin webhook API, and what is kept of their outcome.</summary>
public sealed partial class ConnectionWebhooks
{
    /// <summary>Updates the known webhook, adopts one at Panorama's URL left by an earlier attempt, or creates one.</summary>
    private async Task<JiraAdminWebhook?> RegisterAsync(IJiraClient client, Connection connection, string url, WebhookFilter filter,
        CancellationToken cancellationToken)
    {
        var registration = new JiraWebhookRegistration(NameFor(connection), url, ConnectionWebhookEvents.All)
        {
            JqlFilter = filter.Jql,
            Secret = secrets.UnprotectWebhookSecret(connection.ProtectedWebhookSecret),
        };
        var id = ParseId(connection.WebhookId) ?? (await FindOursAsync(client, url, cancellationToken))?.Id;
        if (id is { } existing)
        {
            try
            {
                return await client.UpdateWebhookAsync(existing, registration, cancellationToken);
            }
            catch (JiraException ex) when (ex.Kind == JiraErrorKind.NotFound)
            {
                // Deleted on the site by someone: register it again.
            }
        }

        return await client.CreateWebhookAsync(registration, cancellationToken);
    }

    /// <summary>Nothing in scope: the webhook goes. Listing first also proves Panorama may manage webhooks here.</summary>
    private static async Task<JiraAdminWebhook?> UnregisterAsync(IJiraClient client, Connection connection, string? url,
        CancellationToken cancellationToken)
    {
        var listed = await client.GetWebhooksAsync(cancellationToken);
        var ours = ParseId(connection.WebhookId) ?? listed.FirstOrDefault(w => url is not null && string.Equals(w.Url, url, StringComparison.Ordinal))?.Id;
        if (ours is { } id)
        {
            try
            {
                await client.DeleteWebhookAsync(id, cancellationToken);
            }
            catch (JiraException ex) when (ex.Kind == JiraErrorKind.NotFound)
            {
            }
        }

        return null;
    }

    private static async Task<JiraAdminWebhook?> FindOursAsync(IJiraClient client, string url, CancellationToken cancellationToken) =>
        (await client.GetWebhooksAsync(cancellationToken)).FirstOrDefault(w => string.Equals(w.Url, url, StringComparison.Ordinal));

    /// <summary>
    /// Jira accepting the URL does not prove it can deliver there: a loopback receiver is unreachable from Jira Cloud.
    /// (A simulated site on this machine can reach it, so loopback sites are not warned about.)
    /// </summary>
    private static string? Unreachable(Connection connection, string url) =>
        SiteUrl.IsLoopback(new Uri(url)) && !SiteUrl.IsLoopback(new Uri(connection.BaseUrl))
            ? $"But {url} is a loopback address that Jira Cloud cannot reach: set Panorama:PublicBaseUrl to this server's public https address."
            : null;

    private async Task RecordAsync(Connection connection, string? id, string? jql, string? error, AuditActor actor,
        CancellationToken cancellationToken)
    {
        var changed = id != connection.WebhookId || jql != connection.WebhookJql;
        if (!changed && error == connection.WebhookError)
        {
            return;
        }

        var now = time.GetUtcNow();
        await store.UpdateAsync(connection.Id, c =>
        {
            c.WebhookId = id;
            c.WebhookJql = jql;
            c.WebhookError = error;
            if (changed)
            {
                c.WebhookRegisteredAt = id is null ? null : now;
            }
        }, cancellationToken);
        if (changed)
        {
            await audit.RecordAsync(new AuditEvent(AuditActions.ConnectionWebhookChanged)
            {
                Actor = actor,
                TargetType = "connection",
                TargetId = connection.Id.ToString(),
                ConnectionId = connection.Id,
                Changes =
                [
                    new("webhookId", connection.WebhookId, id),
                    new("webhookJql", connection.WebhookJql, jql),
                ],
            }, cancellationToken);
        }
    }

    private static long? ParseId(string? id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
