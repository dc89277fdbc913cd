using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Sync;
using Panorama.Jira.Client;
using Panorama.Jira.Errors;
using Panorama.Sync.Connections;
using Panorama.Sync.Health;
using Panorama.Sync.Scope;
using Panorama.Sync.Store;
using Panorama.Sync.Workers;

namespace Panorama.Sync.WriteBack;

/// <summary>
/// Sends one claimed outbox operation to Jira and settles it. Success: the issue is re-read and applied (so the
/// webhook echo of the write is not newer and changes nothing), audited, done. A 429 or 5xx: pending again after a
/// backoff that honours <c>Retry-After</c>. A refusal (a field off the edit screen, a bad value, a missing issue):
/// failed with Jira's reason, audited, and the issue is re-read so the task shows Jira's value again. An auth failure
/// or outage pauses the connection and gives the operation back untouched.
/// </summary>
public sealed partial class OperationSender(
    IJiraClientFactory jira,
    TaskStore store,
    RereadBatches rereads,
    ScopeEvaluator scope,
    OutboxStore outbox,
    ConnectionHealth health,
    IAuditLog audit,
    IDbContextFactory<PanoramaDbContext> contexts,
    SyncMetrics metrics,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<OperationSender> logger)
{
    internal async Task SendAsync(SyncConnection connection, WriteBackOperationRecord operation, CancellationToken cancellationToken)
    {
        var kind = operation.Kind.ToString();
        try
        {
            var sent = await SendOperationAsync(connection, operation, cancellationToken);
            await outbox.DoneAsync(operation.Id, sent.Result, CancellationToken.None);
            await AuditAsync(connection, operation, sent, null, CancellationToken.None);
            metrics.Write(kind, "done");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await outbox.ReleaseAsync(operation.Id, CancellationToken.None);
            throw;
        }
        catch (JiraException ex)
        {
            await HandleJiraFailureAsync(connection, operation, ex, kind);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogUnexpected(logger, ex, operation.Id, connection.Name);
            await RetryAsync(operation, ex.Message, null);
            metrics.Write(kind, "retry");
        }
    }

    private async Task HandleJiraFailureAsync(SyncConnection connection, WriteBackOperationRecord operation, JiraException ex, string kind)
    {
        var ambiguousCreate = operation.Kind == WriteBackOperationKind.CreateIssue && ex.Kind == JiraErrorKind.SiteUnreachable && ex.StatusCode is null;
        if (await health.ReportAsync(connection, ex, CancellationToken.None) && !ambiguousCreate)
        {
            await outbox.ReleaseAsync(operation.Id, CancellationToken.None);
            metrics.Write(kind, "paused");
            return;
        }

        if (!ambiguousCreate && ex.Kind is JiraErrorKind.RateLimited or JiraErrorKind.SiteUnreachable or JiraErrorKind.Conflict)
        {
            await RetryAsync(operation, ex.Message, ex.RetryAfter);
            metrics.Write(kind, "retry");
            return;
        }

        var reason = ambiguousCreate
            ? $"Jira did not answer, so the issue may or may not have been created on {connection.Name}. Check Jira before creating it again."
            : ex.Message;
        // Jira's value first, then the failure: whoever sees the change failed (the API, the box) sees Jira's value too.
        await RestoreAsync(connection, operation);
        await outbox.FailedAsync(operation.Id, reason, CancellationToken.None);
        await AuditAsync(connection, operation, new Sent(null, Changes(operation, null)), reason, CancellationToken.None);
        metrics.Write(kind, "failed");
    }

    private Task RetryAsync(WriteBackOperationRecord operation, string error, TimeSpan? retryAfter)
    {
        var backoff = TimeSpan.FromSeconds(Math.Min(options.Value.WriteRetryMaxDelay.TotalSeconds, Math.Pow(2, Math.Min(operation.Attempts, 16))));
        var wait = retryAfter is { } asked && asked > backoff ? asked : backoff;
        return outbox.RetryAsync(operation.Id, error, time.GetUtcNow() + wait, CancellationToken.None);
    }

    /// <summary>After a refused write the task shows Jira's value again: the issue is re-read and applied over the shown one.</summary>
    private async Task RestoreAsync(SyncConnection connection, WriteBackOperationRecord operation)
    {
        try
        {
            var issues = IssuesOf(operation);
            if (issues.Count > 0)
            {
                await RereadAsync(connection, issues, force: true, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is JiraException or DbUpdateException)
        {
            LogRestoreFailed(logger, operation.Id, connection.Name, ex.Message);
        }
    }

    private Task<IReadOnlyList<TaskRow>> RereadAsync(SyncConnection connection, IReadOnlyCollection<long> issueIds, bool force,
        CancellationToken cancellationToken, ScopeVerdicts? verdicts = null) =>
        rereads.ReadNowAsync(connection, issueIds, force, verdicts ?? ScopeVerdicts.Unchanged, cancellationToken);

    private async Task<string?> ProjectKeyAsync(Guid connectionId, long? issueId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.AsNoTracking().Where(t => t.ConnectionId == connectionId && t.IssueId == issueId)
            .Select(t => t.ProjectKey).SingleOrDefaultAsync(cancellationToken);
    }

    private static List<long> IssuesOf(WriteBackOperationRecord operation)
    {
        if (operation.Kind is WriteBackOperationKind.CreateLink or WriteBackOperationKind.DeleteLink)
        {
            var link = WriteBackPayloads.ReadLink(operation.OldValuesJson ?? operation.PayloadJson);
            return [.. new[] { link.SourceIssueId, link.DestinationIssueId }.OfType<long>()];
        }

        return operation.IssueId is { } id ? [id] : [];
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Write-back operation {OperationId} to {Name} failed unexpectedly; it will be retried")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, long operationId, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-read the issue of failed operation {OperationId} on {Name}: {Reason}")]
    private static partial void LogRestoreFailed(ILogger logger, long operationId, string name, string reason);
}
