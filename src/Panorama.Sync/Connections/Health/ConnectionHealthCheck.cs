using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panorama.Core.Connections;
using Panorama.Data.Audit;
using Panorama.Data.Connections;
using Panorama.Sync.Connections.Checks;
using Panorama.Sync.Connections.Discovery;
using Panorama.Sync.Connections.Webhooks;

namespace Panorama.Sync.Connections.Health;

/// <summary>
/// One pass of the periodic health check (rule 5): re-runs the credential and permission checks of every connection and
/// moves it valid -> invalid (with the reason) and back through <see cref="ConnectionStatusService"/>, whose listeners
/// pause and resume sync. A connection that recovers gets its webhook and field discovery retried. One broken
/// connection never stops the others.
/// </summary>
public sealed partial class ConnectionHealthCheck(
    ConnectionStore store,
    ConnectionCheckRunner checks,
    ConnectionStatusService status,
    ConnectionWebhooks webhooks,
    ConnectionDiscovery discovery,
    IOptions<ConnectionOptions> options,
    TimeProvider time,
    ILogger<ConnectionHealthCheck> logger)
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _ageWarned = new();

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var connection in await store.ListAsync(cancellationToken))
        {
            try
            {
                await CheckAsync(connection, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogCheckFailed(logger, connection.Name, ex.GetType().Name, ex.Message);
            }
        }
    }

    /// <summary>Checks one connection and applies the outcome; the report of what was found.</summary>
    public async Task<ConnectionCheckReport> CheckAsync(Connection connection, CancellationToken cancellationToken)
    {
        var report = await checks.RunAsync(connection, cancellationToken);
        if (!report.Valid)
        {
            if (report[ConnectionCheckNames.Credentials]?.Message.Contains(CheckMessages.TokenPage, StringComparison.Ordinal) == true
                && connection.Status == ConnectionStatus.Valid)
            {
                LogTokenStopped(logger, connection.Name, connection.Email);
            }

            await status.MarkInvalidAsync(connection.Id, report.Reason!, cancellationToken);
            return report;
        }

        await status.MarkValidAsync(connection.Id, cancellationToken);
        WarnAboutTokenAge(connection);
        if (connection.FieldsRefreshedAt is null)
        {
            await discovery.RefreshAsync(connection, cancellationToken);
        }

        // A webhook that failed (or could not be registered while the site was down) is tried again once it answers.
        if (connection.ManageWebhook && (connection.Status != ConnectionStatus.Valid || connection.WebhookError is not null))
        {
            report = report.With(await webhooks.SyncAsync(connection.Id, AuditActor.System, cancellationToken));
        }

        return report;
    }

    private void WarnAboutTokenAge(Connection connection)
    {
        var now = time.GetUtcNow();
        if (TokenAge.Warning(connection, options.Value.TokenRotationWarningAge, now) is { } warning
            && (!_ageWarned.TryGetValue(connection.Id, out var last) || now - last > TimeSpan.FromDays(1)))
        {
            _ageWarned[connection.Id] = now;
            LogTokenOld(logger, connection.Name, warning);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "The API token of connection {Name} (technical user {Email}) stopped working: Jira rejects it (HTTP 401). It has probably " +
        "expired or been revoked. Create a new one at https://id.atlassian.com/manage-profile/security/api-tokens and replace it " +
        "in App Configuration; sync for this site is paused until then.")]
    private static partial void LogTokenStopped(ILogger logger, string name, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {Name}: {Warning}")]
    private static partial void LogTokenOld(ILogger logger, string name, string warning);

    [LoggerMessage(Level = LogLevel.Error, Message = "The health check of connection {Name} failed ({Error}): {Message}")]
    private static partial void LogCheckFailed(ILogger logger, string name, string error, string message);
}
