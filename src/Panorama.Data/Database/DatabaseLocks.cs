using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Panorama.Data.Database;

/// <summary>
/// Locks that serialise one-off work between nodes sharing a PostgreSQL database (a transaction-scoped advisory
/// lock, released at commit or rollback). SQLite serves one node, whose writing transactions already exclude each
/// other, so there it does nothing.
/// </summary>
public static class DatabaseLocks
{
    /// <summary>Start-up seeding of the first administrator and its API token.</summary>
    public const long FirstAdministrator = 0x50_4E_52_01;

    /// <summary>Takes the lock for the current transaction; call it right after beginning the transaction.</summary>
    public static async Task LockForTransactionAsync(this DatabaseFacade database, long key, CancellationToken cancellationToken)
    {
        if (database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An advisory lock is taken inside a transaction: begin one first.");
        }

        if (database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }
}
