using Microsoft.EntityFrameworkCore;
using Panorama.Data;
using Panorama.Data.Sync;
using Panorama.Sync.Import;

namespace Panorama.Sync.Reconciliation;

/// <summary>Where synchronisation of a connection stands, for the sync API and <c>panorama sync</c>.</summary>
public sealed record SyncStatusView(
    Guid ConnectionId,
    string Name,
    string Status,
    string? StatusReason,
    bool Paused,
    SyncImportView Import,
    DateTimeOffset? HighWaterMark,
    DateTimeOffset? LastReconciledAt,
    DateTimeOffset? LastSweepAt,
    string? LastError,
    int PendingDeliveries,
    int FailedDeliveries,
    int PendingWrites,
    int FailedWrites,
    string? LeaseOwner,
    DateTimeOffset? LeaseUntil);

/// <summary>The import's state and progress (issues written of Jira's estimate).</summary>
public sealed record SyncImportView(string State, long Done, long Estimate, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt);

/// <summary>Builds <see cref="SyncStatusView"/>s from the store, with live progress from this node's imports.</summary>
public sealed class SyncStatusQuery(IDbContextFactory<PanoramaDbContext> contexts, SyncProgressBoard board)
{
    public async Task<IReadOnlyList<SyncStatusView>> ListAsync(Guid? connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connections = await db.Connections.AsNoTracking().Where(c => connectionId == null || c.Id == connectionId)
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.Status, c.StatusReason }).ToListAsync(cancellationToken);
        var ids = connections.Select(c => c.Id).ToList();
        var states = await db.SyncStates.AsNoTracking().Where(s => ids.Contains(s.ConnectionId)).ToDictionaryAsync(s => s.ConnectionId, cancellationToken);
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => ids.Contains(d.ConnectionId) && d.State != WebhookDeliveryState.Applied)
            .GroupBy(d => new { d.ConnectionId, d.State }).Select(g => new { g.Key.ConnectionId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var writes = await db.WriteBackOperations.AsNoTracking().Where(o => ids.Contains(o.ConnectionId) && o.State != WriteBackOperationStatus.Done)
            .GroupBy(o => new { o.ConnectionId, o.State }).Select(g => new { g.Key.ConnectionId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return [.. connections.Select(c =>
        {
            var state = states.GetValueOrDefault(c.Id) ?? new SyncStateRecord { ConnectionId = c.Id };
            var live = board.Current(c.Id);
            int Deliveries(WebhookDeliveryState s) => deliveries.Where(d => d.ConnectionId == c.Id && d.State == s).Sum(d => d.Count);
            int Writes(params WriteBackOperationStatus[] s) => writes.Where(w => w.ConnectionId == c.Id && s.Contains(w.State)).Sum(w => w.Count);
            return new SyncStatusView(c.Id, c.Name, c.Status.ToString().ToLowerInvariant(), c.StatusReason,
                c.Status != Core.Connections.ConnectionStatus.Valid,
                new SyncImportView(state.ImportState.ToString().ToLowerInvariant(), live?.Done ?? state.ImportDone, live?.Estimate ?? state.ImportEstimate,
                    state.ImportStartedAt, state.ImportFinishedAt),
                state.HighWaterMark, state.LastReconciledAt, state.LastSweepAt, state.LastError,
                Deliveries(WebhookDeliveryState.Pending), Deliveries(WebhookDeliveryState.Failed),
                Writes(WriteBackOperationStatus.Pending, WriteBackOperationStatus.Sending), Writes(WriteBackOperationStatus.Failed),
                state.LeaseOwner, state.LeaseUntil);
        })];
    }
}
