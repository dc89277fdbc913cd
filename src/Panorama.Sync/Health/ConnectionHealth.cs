using Microsoft.Extensions.Logging;
using Panorama.Jira.Client;
using Panorama.Jira.Errors;
using Panorama.Sync.Connections;
using Panorama.Sync.Reconciliation;
using Panorama.Sync.Workers;

namespace Panorama.Sync.Health;

/// <summary>
/// Rule 5 for sync: a 401 (expired or revoked token), a lost Administer Jira right, or a site that stops answering
/// turns the connection invalid with the reason, which pauses its loops; tasks stay as they were, shown stale. Sync
/// then probes the site (<see cref="ProbeAsync"/>) and turns it valid again when it answers, which reconciles at once.
/// </summary>
public sealed partial class ConnectionHealth(
    ConnectionStatusService status,
    SyncStateStore states,
    SyncConnectionCatalog catalog,
    IJiraClientFactory jira,
    SyncSignals signals,
    ILogger<ConnectionHealth> logger)
{
    /// <summary>
    /// Looks at a failure of a Jira call; true when it was about the connection itself (which is now paused), false
    /// when the caller should handle it (a refused field, a missing issue, a 429 after retries...).
    /// </summary>
    public async Task<bool> ReportAsync(SyncConnection connection, Exception failure, CancellationToken cancellationToken)
    {
        if (failure is not JiraException jiraFailure)
        {
            return false;
        }

        var reason = jiraFailure.Kind switch
        {
            JiraErrorKind.Unauthorized => jiraFailure.Message,
            JiraErrorKind.SiteUnreachable => jiraFailure.Message,
            JiraErrorKind.Forbidden when !await IsAdministratorAsync(connection, cancellationToken) =>
                $"The technical user of {connection.Name} no longer holds Administer Jira. Grant it the global permission again, or use another user.",
            _ => null,
        };
        if (reason is null)
        {
            return false;
        }

        await PauseAsync(connection.Id, reason, cancellationToken);
        return true;
    }

    /// <summary>Checks a paused connection; when the site answers and the user is still an administrator, resumes it.</summary>
    public async Task<bool> ProbeAsync(SyncConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            var client = jira.Create(connection.Site);
            await client.GetMyselfAsync(cancellationToken);
            if (!await IsAdministratorAsync(connection, cancellationToken))
            {
                return false;
            }
        }
        catch (JiraException ex)
        {
            LogProbeFailed(logger, connection.Name, ex.Message);
            return false;
        }

        await states.UpdateAsync(connection.Id, s =>
        {
            s.PausedBySync = false;
            s.ReconcileRequested = true;
        }, cancellationToken);
        await status.MarkValidAsync(connection.Id, cancellationToken);
        catalog.Forget(connection.Id);
        return true;
    }

    private async Task PauseAsync(Guid connectionId, string reason, CancellationToken cancellationToken)
    {
        await states.UpdateAsync(connectionId, s => s.PausedBySync = true, cancellationToken);
        await status.MarkInvalidAsync(connectionId, reason, cancellationToken);
        catalog.Forget(connectionId);
        signals.WakeSupervisor();
    }

    private async Task<bool> IsAdministratorAsync(SyncConnection connection, CancellationToken cancellationToken)
    {
        var permissions = await jira.Create(connection.Site).GetMyPermissionsAsync(["ADMINISTER"], cancellationToken: cancellationToken);
        return permissions.TryGetValue("ADMINISTER", out var administer) && administer.HavePermission;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connection {Name} is still not answering as it should: {Reason}")]
    private static partial void LogProbeFailed(ILogger logger, string name, string reason);
}
