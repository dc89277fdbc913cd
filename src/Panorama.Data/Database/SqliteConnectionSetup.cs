using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Panorama.Data.Database;

/// <summary>
/// Sets up every SQLite connection Panorama opens. A busy timeout: when another connection holds the write lock,
/// SQLite's own busy handler waits in steps of a few milliseconds. Without it SQLite answers "busy" at once and
/// Microsoft.Data.Sqlite retries after sleeping 150 ms, which put whole seconds on a webhook's way into the store
/// when the receiver, the inbox worker and the import wrote at the same time. Set on the native handle: no statement.
/// And temporary files in memory (<c>temp_store=MEMORY</c>): every statement that may fail half-way inside a longer
/// transaction (an upsert, a delete of several rows) keeps the pages it changes in a statement journal, a temporary
/// file by default, so each task row of an import wrote its table and index pages a second time through the file
/// system: 2 million write calls and 4 GB for an import of 100,000 issues whose database is 450 MB.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const int BusyTimeoutMs = 30_000;

    public static readonly SqliteConnectionSetup Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private static void Configure(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(handle, BusyTimeoutMs), handle);
        SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(handle, "PRAGMA temp_store=MEMORY"), handle);
    }
}
