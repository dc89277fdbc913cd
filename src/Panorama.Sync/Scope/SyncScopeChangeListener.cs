using Panorama.Core.Scope;
using Panorama.Sync.Reconciliation;
using Panorama.Sync.Workers;

namespace Panorama.Sync.Scope;

/// <summary>
/// A box scope changed for a connection: sync imports the connection's scope again (new issues come in, issues no
/// scope holds any more are marked out of scope, JQL memberships are rebuilt) on whichever node leads it.
/// </summary>
internal sealed class SyncScopeChangeListener(SyncStateStore states, SyncSignals signals) : IScopeChangeListener
{
    public async Task ScopeChangedAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await states.RequestAsync(connectionId, import: true, sweep: false, cancellationToken);
        signals.Wake(connectionId, SyncLoop.Reconcile);
    }
}
