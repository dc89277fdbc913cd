using Microsoft.EntityFrameworkCore;
using Panorama.Core.Tasks;
using Panorama.Data;
using Panorama.Data.Boxes.Snapshots;

namespace Panorama.Web.Boxes;

/// <summary>The connected sites as the boxes API reads them for a request.</summary>
internal static class BoxConnections
{
    public static async Task<SiteCatalog> LoadAsync(PanoramaDbContext db, CancellationToken cancellationToken) =>
        SiteCatalog.From(await db.Connections.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>A site named by its connection id or its name (ignoring case).</summary>
    public static SiteRef? Find(SiteDirectory sites, string? nameOrId) => string.IsNullOrWhiteSpace(nameOrId)
        ? null
        : Guid.TryParse(nameOrId.Trim(), out var id) ? sites.Find(id) : sites.FindByName(nameOrId.Trim());

    public static string NotConnected(string nameOrId) =>
        $"No connection is named '{nameOrId}'. Use the name or id of a connection from App Configuration " +
        "(GET /api/boxes/{id}/scope/connections lists them), or ask an administrator to connect the site first.";
}
