using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Panorama.Data.Database;

/// <summary>
/// Sets up every SQLite connection Panorama opens. <c>busy_timeout</c>: when another connection holds the write lock,
/// SQLite's own busy handler waits in steps of a few milliseconds. Without it SQLite answers "busy" at once and
/// Microsoft.Data.Sqlite retries after sleeping 150 ms, which put whole seconds on a webhook's way into the store
/// when the receiver, the inbox worker and the import wrote at the same time.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000;";

    public static readonly SqliteConnectionSetup Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
