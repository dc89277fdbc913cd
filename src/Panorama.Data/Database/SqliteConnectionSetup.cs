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
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const int BusyTimeoutMs = 30_000;

    public static readonly SqliteConnectionSetup Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => WaitWhenBusy(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WaitWhenBusy(connection);
        return Task.CompletedTask;
    }

    private static void WaitWhenBusy(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(handle, BusyTimeoutMs), handle);
    }
}
