using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Panorama.Sync.Store;

/// <summary>
/// A larger SQLite page cache for the length of one store write, given back afterwards. A batch of task rows touches
/// seven b-trees (the row with its overflow pages, the key and five indexes) at scattered pages; with SQLite's default
/// 2 MB cache the batch spilled and re-read pages, which made an import of 100,000 issues about a third slower. The
/// pooled connection keeps its default afterwards, so the memory is held only while a write runs.
/// </summary>
internal sealed class SqliteWriteCache : IDisposable
{
    private const int WriteCacheKib = 64 * 1024;

    private readonly sqlite3 _db;
    private readonly long _previous;

    private SqliteWriteCache(sqlite3 db, long previous)
    {
        _db = db;
        _previous = previous;
    }

    public static SqliteWriteCache Enlarge(SqliteConnection connection)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var previous = CacheSize(db);
        Exec(db, $"PRAGMA cache_size=-{WriteCacheKib}");
        return new SqliteWriteCache(db, previous);
    }

    /// <summary>Never throws: it may run while a failed write unwinds, and a connection that cannot run a pragma is broken anyway.</summary>
    public void Dispose() => raw.sqlite3_exec(_db, $"PRAGMA cache_size={_previous}");

    private static long CacheSize(sqlite3 db)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, "PRAGMA cache_size", out var statement), db);
        using (statement)
        {
            return raw.sqlite3_step(statement) == raw.SQLITE_ROW ? raw.sqlite3_column_int64(statement, 0) : -2000;
        }
    }

    private static void Exec(sqlite3 db, string sql) => SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(db, sql), db);
}
