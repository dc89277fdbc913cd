using Panorama.Core.Connections;
using Panorama.Core.Scope;

namespace Panorama.Sync.Connections;

/// <summary>Every box's integrations for a connection, from whichever <see cref="IConnectionScopeSource"/>s are registered.</summary>
public sealed class ConnectionScopes(IEnumerable<IConnectionScopeSource> sources)
{
    public async Task<IReadOnlyList<ScopeIntegration>> IntegrationsAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var integrations = new List<ScopeIntegration>();
        foreach (var source in sources)
        {
            integrations.AddRange((await source.GetIntegrationsAsync(connectionId, cancellationToken))
                .Where(i => i.ConnectionId == connectionId));
        }

        return integrations;
    }

    /// <summary>The webhook filter of the connection: the projects in scope across all boxes (rule 4).</summary>
    public async Task<WebhookFilter> WebhookFilterAsync(Guid connectionId, CancellationToken cancellationToken) =>
        WebhookFilter.For(await IntegrationsAsync(connectionId, cancellationToken));
}
