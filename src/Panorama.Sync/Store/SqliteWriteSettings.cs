using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Panorama.Sync.Store;

/// <summary>
/// SQLite settings for the length of one store write, put back afterwards on the pooled connection.
/// <list type="bullet">
/// <item>A 64 MB page cache: a batch of task rows touches seven b-trees (the row with its overflow pages, the key and
/// five indexes) at scattered pages; with SQLite's default 2 MB cache the batch spilled and re-read pages, which made
/// an import of 100,000 issues about a third slower. The memory is held only while a write runs.</item>
/// <item>For writes whose content is held elsewhere until they commit (<see cref="TaskWrite.HeldElsewhere"/>: an
/// import's batches, which Jira still holds, and the inbox's batches, which mark their deliveries applied in the same
/// transaction), <c>synchronous=NORMAL</c> (in WAL mode): the commit does not wait for an fsync, a third of an import's
/// write time and two thirds of a webhook batch's commit. A power loss can then lose the last such commits, never
/// corrupt the database; and since the WAL is written in order, the next commit that does wait (the receiver storing a
/// delivery, an edit) makes every earlier one durable. A lost import batch is fetched again; a lost webhook batch
/// leaves its deliveries pending, and they are applied again. What Panorama answered for alone (the receiver's
/// stored deliveries, edits, the outbox) keeps <c>FULL</c>.</item>
/// <item>For an import's batches, a WAL checkpoint every 16,384 pages (64 MB) instead of every 1,000: a batch of 500
/// issues writes about 900 pages, so each commit ran a checkpoint (copying the batch into the database and waiting for
/// two fsyncs) and index pages were copied again for every batch. The WAL file grows to about that size once; SQLite
/// reuses it afterwards.</item>
/// </list>
/// </summary>
internal sealed class SqliteWriteSettings : IDisposable
{
    private const int WriteCacheKib = 64 * 1024;
    private const int ImportCheckpointPages = 16_384;

    private readonly sqlite3 _db;
    private readonly List<(string Pragma, long Previous)> _changed = [];

    private SqliteWriteSettings(sqlite3 db) => _db = db;

    public static SqliteWriteSettings Apply(SqliteConnection connection, TaskWrite write)
    {
        var settings = new SqliteWriteSettings(connection.Handle ?? throw new InvalidOperationException("The connection is not open."));
        try
        {
            settings.Set("cache_size", -WriteCacheKib);
            if (write.HeldElsewhere)
            {
                settings.Set("synchronous", 1); // NORMAL
            }

            if (write.FromImport)
            {
                settings.Set("wal_autocheckpoint", ImportCheckpointPages);
            }

            return settings;
        }
        catch
        {
            settings.Dispose(); // puts back what was already changed
            throw;
        }
    }

    /// <summary>Never throws: it may run while a failed write unwinds, and a connection that cannot run a pragma is broken anyway.</summary>
    public void Dispose()
    {
        foreach (var (pragma, previous) in _changed)
        {
            raw.sqlite3_exec(_db, $"PRAGMA {pragma}={previous}");
        }
    }

    private void Set(string pragma, long value)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, $"PRAGMA {pragma}", out var statement), _db);
        using (statement)
        {
            if (raw.sqlite3_step(statement) != raw.SQLITE_ROW)
            {
                throw new InvalidOperationException($"PRAGMA {pragma} gave no value.");
            }

            _changed.Add((pragma, raw.sqlite3_column_int64(statement, 0)));
        }

        SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(_db, $"PRAGMA {pragma}={value}"), _db);
    }
}
