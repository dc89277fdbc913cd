using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Core.Scope;
using Panorama.Data;

namespace Panorama.Web.Boxes.Integration;

/// <summary>What the connections feature asks of box scopes: every box's integration for a connection (webhook filter, screen check).</summary>
internal sealed class BoxConnectionScopeSource(IDbContextFactory<PanoramaDbContext> contexts) : IConnectionScopeSource
{
    public async Task<IReadOnlyList<ScopeIntegration>> GetIntegrationsAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.ScopeIntegrations.AsNoTracking().Where(i => i.ConnectionId == connectionId).ToListAsync(cancellationToken);
        return [.. records
            .Select(r => ScopeIntegration.Create(r.ConnectionId, r.ProjectKeyList(), r.Jql, r.NarrowingJql))
            .Where(o => o.IsOk)
            .Select(o => o.Value)];
    }
}
