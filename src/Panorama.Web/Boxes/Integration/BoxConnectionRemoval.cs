using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Data;

namespace Panorama.Web.Boxes.Integration;

/// <summary>
/// After a connection is deleted its scope integrations (and their memberships) are already gone with it (a cascading
/// key), and builders or columns that name it are ignored whenever a box loads. What is left is telling open box
/// snapshots: every box takes a new revision, because after the cascade nothing records which boxes had an
/// integration for it. Deleting a connection is rare; rebuilding the snapshots that are open is cheap.
/// </summary>
internal sealed class BoxConnectionRemoval(IDbContextFactory<PanoramaDbContext> contexts) : IConnectionRemovedListener
{
    public async Task ConnectionRemovedAsync(Guid connectionId, string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Boxes.ExecuteUpdateAsync(s => s.SetProperty(b => b.Revision, b => b.Revision + 1), cancellationToken);
    }
}
