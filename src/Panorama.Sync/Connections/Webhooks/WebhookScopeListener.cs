using Panorama.Core.Scope;
using Panorama.Data.Audit;

namespace Panorama.Sync.Connections.Webhooks;

/// <summary>Moves a connection's webhook filter with the scopes: the boxes feature calls it when an integration changes.</summary>
internal sealed class WebhookScopeListener(ConnectionWebhooks webhooks) : IScopeChangeListener
{
    public Task ScopeChangedAsync(Guid connectionId, CancellationToken cancellationToken) =>
        webhooks.SyncAsync(connectionId, AuditActor.System, cancellationToken);
}
