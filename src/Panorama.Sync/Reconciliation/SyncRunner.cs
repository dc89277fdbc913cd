using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panorama.Data;
using Panorama.Data.Sync;
using Panorama.Sync.Connections;
using Panorama.Sync.Health;
using Panorama.Sync.Import;

namespace Panorama.Sync.Reconciliation;

/// <summary>
/// Runs an import or a reconciliation of one connection under its lease, so that of several nodes only one works on a
/// connection at a time, and records the outcome in <c>sync_state</c>. Used by the reconciliation loop, the
/// <c>panorama sync</c> command and the sync API.
/// </summary>
public sealed partial class SyncRunner(
    ScopeImporter importer,
    Reconciler reconciler,
    SyncStateStore states,
    SyncConnectionCatalog catalog,
    ConnectionHealth health,
    SyncProgressBoard board,
    IDbContextFactory<PanoramaDbContext> contexts,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<SyncRunner> logger)
{
    /// <summary>What is due for the connection now; null when nothing is.</summary>
    public SyncRunKind? Due(SyncStateRecord state)
    {
        var now = time.GetUtcNow();
        if (state.ImportRequested || state.ImportState != SyncImportState.Done)
        {
            return SyncRunKind.Import;
        }

        var sweepDue = state.SweepRequested || state.LastSweepAt is null || now - state.LastSweepAt >= options.Value.SweepInterval;
        if (sweepDue)
        {
            return SyncRunKind.Sweep;
        }

        return state.ReconcileRequested || state.LastReconciledAt is null || now - state.LastReconciledAt >= options.Value.ReconcileInterval
            ? SyncRunKind.Reconcile
            : null;
    }

    /// <summary>
    /// Runs <paramref name="kind"/> (or, with null, whatever is due). Returns null when another node holds the lease or
    /// the connection cannot be synced now (missing or invalid); throws what the run threw, after recording it.
    /// </summary>
    public async Task<SyncRunOutcome?> RunAsync(Guid connectionId, SyncRunKind? kind, IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var connection = await catalog.FindAsync(connectionId, cancellationToken);
        var node = options.Value.EffectiveNodeId;
        if (connection is not { IsValid: true } || !await states.TryLeaseAsync(connectionId, node, options.Value.ClaimLease, cancellationToken))
        {
            return null;
        }

        using var renewal = new CancellationTokenSource();
        var renewing = RenewAsync(connectionId, node, renewal.Token);
        try
        {
            var state = await states.GetAsync(connectionId, cancellationToken);
            var run = kind ?? Due(state);
            return run is { } due ? await RunLeasedAsync(connection, state, due, progress, cancellationToken) : null;
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
            await states.ReleaseLeaseAsync(connectionId, node, CancellationToken.None);
        }
    }

    private async Task<SyncRunOutcome> RunLeasedAsync(SyncConnection connection, SyncStateRecord state, SyncRunKind kind,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var import = kind == SyncRunKind.Import;
        await states.UpdateAsync(connection.Id, s =>
        {
            s.ReconcileRequested = false;
            s.SweepRequested &= !(import || kind == SyncRunKind.Sweep);
            s.ImportRequested &= !import;
            if (import)
            {
                s.ImportState = SyncImportState.Running;
                s.ImportStartedAt = started;
                s.ImportDone = 0;
            }
        }, cancellationToken);

        var tracked = board.Track(connection.Id, progress, states);
        try
        {
            var outcome = import
                ? await importer.ImportAsync(connection, tracked, cancellationToken)
                : await reconciler.ReconcileAsync(connection, state.HighWaterMark, kind == SyncRunKind.Sweep, cancellationToken);
            var finished = time.GetUtcNow();
            await states.UpdateAsync(connection.Id, s =>
            {
                s.HighWaterMark = outcome.HighWaterMark ?? s.HighWaterMark;
                s.LastReconciledAt = started;
                s.LastError = null;
                if (import || kind == SyncRunKind.Sweep)
                {
                    s.LastSweepAt = started;
                }

                if (import)
                {
                    s.ImportState = SyncImportState.Done;
                    s.ImportFinishedAt = finished;
                    s.ImportDone = outcome.Written;
                }
            }, CancellationToken.None);
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            await db.Connections.Where(c => c.Id == connection.Id)
                .ExecuteUpdateAsync(c => c.SetProperty(r => r.LastSyncedAt, finished), CancellationToken.None);
            LogRun(logger, kind, connection.Name, outcome.Written, outcome.Deleted, outcome.LeftScope, outcome.Duration.TotalMilliseconds);
            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var paused = await health.ReportAsync(connection, ex, CancellationToken.None);
            await states.UpdateAsync(connection.Id, s =>
            {
                s.LastError = ex.Message;
                s.ReconcileRequested = true;
                if (import)
                {
                    s.ImportState = SyncImportState.Failed;
                    s.ImportFinishedAt = time.GetUtcNow();
                }
            }, CancellationToken.None);
            LogRunFailed(logger, kind, connection.Name, paused, ex.Message);
            throw;
        }
        finally
        {
            board.Forget(connection.Id);
        }
    }

    private async Task RenewAsync(Guid connectionId, string node, CancellationToken cancellationToken)
    {
        var every = options.Value.ClaimLease / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, time, cancellationToken);
                await states.TryLeaseAsync(connectionId, node, options.Value.ClaimLease, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
        catch (Exception ex)
        {
            LogRenewFailed(logger, connectionId, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} of {Name}: {Written} issues written, {Deleted} deleted, {Left} out of scope in {Milliseconds:F0} ms")]
    private static partial void LogRun(ILogger logger, SyncRunKind kind, string name, long written, int deleted, int left, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} of {Name} failed (connection paused: {Paused}): {Reason}")]
    private static partial void LogRunFailed(ILogger logger, SyncRunKind kind, string name, bool paused, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the sync lease of connection {ConnectionId}: {Reason}")]
    private static partial void LogRenewFailed(ILogger logger, Guid connectionId, string reason);
}

/// <summary>What a sync run does: everything (import), changes since the high-water mark, or that plus the id sweep.</summary>
public enum SyncRunKind
{
    Import,
    Reconcile,
    Sweep,
}
