using Microsoft.EntityFrameworkCore;
using Panorama.Data;
using Panorama.Data.Connections;

namespace Panorama.Sync.Connections;

/// <summary>
/// Reads and changes connection rows. A change is a short load-change-save that bumps <see cref="Connection.Version"/>
/// and is re-applied to a fresh row when another writer (a status change, a webhook update on another node) saved in
/// between, so remote calls never happen while a row is held. After a change this node's sync catalog forgets the
/// connection, so the next import or delivery uses the new mappings rather than a copy up to five seconds old.
/// </summary>
public sealed class ConnectionStore(IDbContextFactory<PanoramaDbContext> contexts, SyncConnectionCatalog catalog)
{
    private const int Attempts = 5;

    public async Task<IReadOnlyList<Connection>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Connections.AsNoTracking().ToListAsync(cancellationToken);

        // Primary first, then by name: the order every list (API, command line, UI) shows.
        return [.. all.OrderBy(c => c.Role).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<Connection?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<Connection?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken);
        return all.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Applies <paramref name="change"/> to the current row and saves; null when the connection is gone.</summary>
    public async Task<Connection?> UpdateAsync(Guid id, Action<Connection> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var connection = await db.Connections.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (connection is null)
            {
                return null;
            }

            change(connection);
            connection.Version++;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                catalog.Forget(id);
                return connection;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Someone else saved the row meanwhile: apply the change again to what they left.
            }
        }
    }
}
