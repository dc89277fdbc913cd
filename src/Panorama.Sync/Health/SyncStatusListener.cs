using Panorama.Core.Connections;
using Panorama.Sync.Connections;
using Panorama.Sync.Reconciliation;
using Panorama.Sync.Workers;

namespace Panorama.Sync.Health;

/// <summary>
/// Hears every status change (from sync itself, the connection checks, or an administrator replacing a token): an
/// invalid connection's loops stop at the supervisor's next look; a connection that is valid again is reconciled at
/// once (rule 5, SPEC 3.1).
/// </summary>
internal sealed class SyncStatusListener(SyncStateStore states, SyncConnectionCatalog catalog, SyncSignals signals) : IConnectionStatusListener
{
    public async Task StatusChangedAsync(Guid connectionId, ConnectionStatus status, string? reason, CancellationToken cancellationToken)
    {
        catalog.Forget(connectionId);
        if (status == ConnectionStatus.Valid)
        {
            await states.UpdateAsync(connectionId, s =>
            {
                s.PausedBySync = false;
                s.ReconcileRequested = true;
            }, cancellationToken);
            signals.Wake(connectionId, SyncLoop.Reconcile);
        }

        signals.WakeSupervisor();
    }
}
