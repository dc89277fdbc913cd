using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panorama.Core.Connections;
using Panorama.Core.Scope;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.Jira.Client;
using Panorama.Jira.Errors;
using Panorama.Jira.Webhooks;
using Panorama.Sync.Connections.Checks;

namespace Panorama.Sync.Connections.Webhooks;

/// <summary>
/// Keeps ONE admin webhook per connection in step with the scopes (rule 4): registered or updated on connect, when a
/// scope changes and on demand; removed when nothing is in scope or the connection is deleted. A failure is recorded
/// on the connection (<see cref="Connection.WebhookError"/>) and reported, never thrown: sync still reconciles without it.
/// </summary>
public sealed partial class ConnectionWebhooks(
    ConnectionStore store,
    ConnectionScopes scopes,
    ConnectionSecrets secrets,
    IJiraClientFactory clients,
    IOptions<PublicEndpointOptions> endpoint,
    IOptions<ConnectionOptions> options,
    IAuditLog audit,
    TimeProvider time,
    ILogger<ConnectionWebhooks> logger)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    public static string NameFor(Connection connection) => $"Panorama ({connection.Name})";

    /// <summary>Registers, updates or removes the connection's webhook so it matches the scopes now; the outcome as a check.</summary>
    public async Task<ConnectionCheck> SyncAsync(Guid connectionId, AuditActor actor, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(connectionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await SyncLockedAsync(connectionId, actor, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The webhook's state and the details for registering it by hand (the secret included).</summary>
    public async Task<WebhookState?> DescribeAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var connection = await store.FindAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return null;
        }

        var filter = await scopes.WebhookFilterAsync(connectionId, cancellationToken);
        var manual = new ManualWebhookRegistration(NameFor(connection), endpoint.Value.ReceiverUrl(connectionId),
            ConnectionWebhookEvents.All, filter.Jql, secrets.UnprotectWebhookSecret(connection.ProtectedWebhookSecret));
        return new WebhookState(connection.ManageWebhook, connection.WebhookId, connection.WebhookJql,
            connection.WebhookRegisteredAt, connection.WebhookError, filter.InScope, filter.ProjectKeys, manual);
    }

    /// <summary>Deletes the webhook Panorama registered on the site, if any; the reason when that failed, else null.</summary>
    public async Task<string?> RemoveAsync(Connection connection, CancellationToken cancellationToken)
    {
        if (ParseId(connection.WebhookId) is not { } id)
        {
            return null;
        }

        var client = clients.Create(connection.ToJiraSite());
        var result = await RemoteCall.RunAsync(async ct =>
        {
            await client.DeleteWebhookAsync(id, ct);
            return true;
        }, options.Value.CheckTimeout, cancellationToken);
        if (result.Ok || result.Error?.Kind == JiraErrorKind.NotFound)
        {
            return null;
        }

        var reason = $"Panorama could not delete its webhook {id} on site '{connection.Name}' " +
            $"({(result.TimedOut ? "no answer in time" : result.Error!.Message)}). Delete it in Jira (Settings > System > WebHooks).";
        LogRemoveFailed(logger, connection.Name, reason);
        return reason;
    }

    private async Task<ConnectionCheck> SyncLockedAsync(Guid connectionId, AuditActor actor, CancellationToken cancellationToken)
    {
        var connection = await store.FindAsync(connectionId, cancellationToken);
        if (connection is null)
        {
            return ConnectionCheck.Skipped(ConnectionCheckNames.Webhook, "The connection no longer exists.");
        }

        if (!connection.ManageWebhook)
        {
            return ConnectionCheck.Skipped(ConnectionCheckNames.Webhook,
                $"Registered by hand: Panorama does not manage this site's webhook. GET /api/connections/{connectionId}/webhooks shows the URL, events, filter and secret to enter in Jira.");
        }

        if (connection.Status != ConnectionStatus.Valid)
        {
            return ConnectionCheck.Skipped(ConnectionCheckNames.Webhook,
                "Not registered: the connection must be valid first. Panorama registers it once the checks pass.");
        }

        var filter = await scopes.WebhookFilterAsync(connectionId, cancellationToken);
        var url = endpoint.Value.ReceiverUrl(connectionId);
        if (url is null && filter.InScope)
        {
            var missing = "Panorama:PublicBaseUrl is not set, so Jira does not know where to send changes. Set it to the address " +
                "at which Jira Cloud reaches this server (e.g. https://panorama.example.com), then register the webhook again " +
                $"(POST /api/connections/{connectionId}/webhooks).";
            await RecordAsync(connection, connection.WebhookId, connection.WebhookJql, missing, actor, cancellationToken);
            return ConnectionCheck.Failed(ConnectionCheckNames.Webhook, missing);
        }

        var client = clients.Create(connection.ToJiraSite());
        var timeout = options.Value.CheckTimeout;
        var result = filter.InScope
            ? await RemoteCall.RunAsync(ct => RegisterAsync(client, connection, url!, filter, ct), timeout, cancellationToken)
            : await RemoteCall.RunAsync(ct => UnregisterAsync(client, connection, url, ct), timeout, cancellationToken);
        if (!result.Ok)
        {
            var error = $"The webhook on site '{connection.Name}' could not be {(filter.InScope ? "registered" : "removed")}: " +
                (result.TimedOut ? CheckMessages.TimedOut(connection.Name, new Uri(connection.BaseUrl), timeout) : result.Error!.Message) +
                $" Panorama still reconciles on a timer; register the webhook again (POST /api/connections/{connectionId}/webhooks) or register it by hand.";
            LogSyncFailed(logger, connection.Name, error);
            await RecordAsync(connection, connection.WebhookId, connection.WebhookJql, error, actor, cancellationToken);
            return ConnectionCheck.Failed(ConnectionCheckNames.Webhook, error);
        }

        var registered = result.Value;
        var warning = url is null ? null : Unreachable(connection, url);
        await RecordAsync(connection, registered?.Id?.ToString(CultureInfo.InvariantCulture), registered is null ? null : filter.Jql,
            warning, actor, cancellationToken);
        if (registered is null)
        {
            return ConnectionCheck.Passed(ConnectionCheckNames.Webhook,
                "No box has this site in scope yet, so no webhook is needed; Panorama can manage webhooks here and registers one when a box's scope adds this site.");
        }

        var described = $"Jira accepted webhook {registered.Id} at {url} for {string.Join(", ", ConnectionWebhookEvents.All)} " +
            $"with filter {(filter.Jql is null ? "(all issues: a scope uses JQL)" : filter.Jql)}.";
        return warning is null
            ? ConnectionCheck.Passed(ConnectionCheckNames.Webhook, described + " Each delivery is verified by its signature.")
            : new ConnectionCheck(ConnectionCheckNames.Webhook, CheckOutcome.Warning, $"{described} {warning}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook of connection {Name}: {Reason}")]
    private static partial void LogSyncFailed(ILogger logger, string name, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing the webhook of connection {Name} failed: {Reason}")]
    private static partial void LogRemoveFailed(ILogger logger, string name, string reason);
}
