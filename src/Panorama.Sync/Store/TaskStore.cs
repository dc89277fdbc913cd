using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Panorama.Core.Tasks;
using Panorama.Data;

namespace Panorama.Sync.Store;

/// <summary>
/// The only writer of tasks and task links. Every write runs in one transaction that first takes the next store-wide
/// change version (which serialises writers, so versions commit in order), reads what is stored for the issues it
/// touches, and then decides per issue: a tombstone always wins; a newer Jira <c>updated</c> replaces the state; an
/// equal one replaces only the links (or everything when forced); an older one changes nothing. The change feed is
/// told after the commit. See <c>README.md</c> beside this folder for the invariants.
/// </summary>
public sealed partial class TaskStore(IDbContextFactory<PanoramaDbContext> contexts, TaskChangeFeed feed, TimeProvider time)
{
    private const int RowsPerStatement = 200;

    private bool? _keepsCompressedFields;

    /// <summary>
    /// Whether the store keeps an issue's fields compressed (SQLite, see <see cref="Data.Tasks.StoredFields"/>): the
    /// import then compresses them on its fetching threads, in parallel, instead of on the one writer's.
    /// </summary>
    internal bool KeepsCompressedFields
    {
        get
        {
            if (_keepsCompressedFields is not { } known)
            {
                using var db = contexts.CreateDbContext();
                _keepsCompressedFields = known = !SqlDialect.For(db).IsPostgres;
            }

            return known;
        }
    }

    internal async Task<TaskWriteResult> WriteAsync(TaskWrite write, CancellationToken cancellationToken)
    {
        if (write.IsEmpty && write.AlsoCommit is null)
        {
            return TaskWriteResult.Nothing;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dialect = SqlDialect.For(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        using var settings = dialect.IsPostgres ? null : SqliteWriteSettings.Apply((SqliteConnection)db.Database.GetDbConnection(), write);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = new Session(db.Database.GetDbConnection(), transaction.GetDbTransaction(), dialect, write.Connection.Id, time.GetUtcNow());
        session.Version = await NextVersionAsync(session, cancellationToken);

        var rows = write.Rows.GroupBy(r => r.IssueId).Select(g => g.MaxBy(r => r.Updated)!).ToList();
        var tombstoned = write.Tombstones.Select(t => t.IssueId).ToHashSet();
        var stored = await ReadStoredAsync(session, rows.Select(r => r.IssueId).Concat(tombstoned).Concat(write.LinkSets.Select(l => l.IssueId)), cancellationToken);
        var plan = Plan(write, rows, tombstoned, stored);

        await UpsertRowsAsync(session, write.Connection, plan.Upserts, cancellationToken);
        await WriteTombstonesAsync(session, write.Tombstones, stored, cancellationToken);
        await ReplaceLinksAsync(session, plan.LinkSets, tombstoned, write.DeletedLinks, cancellationToken);
        await MarkScopeAsync(session, plan.LeftScope.Concat(write.LeftScope), leave: true, cancellationToken);
        await MarkScopeAsync(session, plan.EnteredScope, leave: false, cancellationToken);

        if (write.AlsoCommit is { } also)
        {
            await using var command = session.Command("");
            await also(command, dialect, cancellationToken);
        }
        else if (session.Changed.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return TaskWriteResult.Nothing;
        }

        await transaction.CommitAsync(cancellationToken);
        if (session.Changed.Count == 0)
        {
            return TaskWriteResult.Nothing; // only the other work committed
        }

        var changed = session.Changed.Order().ToList();
        feed.Publish(new TaskChangeBatch(write.Connection.Id, changed, session.Version));
        var applied = plan.Upserts.Select(r => r.IssueId).Where(session.Changed.Contains).ToList();
        var newest = plan.Upserts.Where(r => session.Changed.Contains(r.IssueId)).Select(r => (DateTimeOffset?)r.Updated).Max();
        return new TaskWriteResult(session.Version, changed, applied, newest);
    }

    private static WritePlan Plan(TaskWrite write, List<TaskRow> rows, HashSet<long> tombstoned, Dictionary<long, StoredTask> stored)
    {
        var plan = new WritePlan();
        foreach (var row in rows)
        {
            if (tombstoned.Contains(row.IssueId))
            {
                continue;
            }

            stored.TryGetValue(row.IssueId, out var known);
            if (known is { Deleted: true })
            {
                continue;
            }

            if (known is null)
            {
                if (write.Scope.InScope(row.IssueId, row.ProjectKey) != false)
                {
                    plan.Upserts.Add(row);
                    AddLinks(plan, row);
                }

                continue;
            }

            var newer = row.Updated > known.Updated || ((write.Force || known.LocalEdit) && row.Updated == known.Updated);
            if (newer)
            {
                plan.Upserts.Add(row);
            }

            if (row.Updated >= known.Updated)
            {
                AddLinks(plan, row);
            }

            var verdict = write.Scope.InScope(row.IssueId, newer ? row.ProjectKey : known.ProjectKey);
            if (verdict == true && known.OutOfScope)
            {
                plan.EnteredScope.Add(row.IssueId);
            }
            else if (verdict == false && !known.OutOfScope)
            {
                plan.LeftScope.Add(row.IssueId);
            }
        }

        foreach (var set in write.LinkSets)
        {
            if (stored.TryGetValue(set.IssueId, out var known) && !known.Deleted && set.Updated >= known.Updated
                && !tombstoned.Contains(set.IssueId) && !plan.LinkSets.ContainsKey(set.IssueId))
            {
                plan.LinkSets[set.IssueId] = set.Links;
            }
        }

        return plan;
    }

    private static void AddLinks(WritePlan plan, TaskRow row)
    {
        if (row.Links is { } links)
        {
            plan.LinkSets[row.IssueId] = links;
        }
    }

    private static async Task<long> NextVersionAsync(Session session, CancellationToken cancellationToken)
    {
        await using var command = session.Command(
            "UPDATE change_counters SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = 'tasks' RETURNING \"Value\"");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<Dictionary<long, StoredTask>> ReadStoredAsync(Session session, IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var result = new Dictionary<long, StoredTask>();
        foreach (var chunk in ids.Distinct().Chunk(5000))
        {
            await using var command = session.Command("");
            var filter = session.Dialect.InIds(command, "\"IssueId\"", chunk, "ids");
            command.CommandText = "SELECT \"IssueId\", \"Updated\", \"DeletedAt\", \"ProjectKey\", \"OutOfScopeAt\", \"LocalEditAt\" FROM tasks " +
                $"WHERE \"ConnectionId\" = @c AND {filter}";
            SqlDialect.Add(command, "c", session.Dialect.Guid(session.ConnectionId));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                result[id] = new StoredTask(id, session.Dialect.ReadTime(reader, 1), !reader.IsDBNull(2), reader.GetString(3), !reader.IsDBNull(4), !reader.IsDBNull(5));
            }
        }

        return result;
    }

    private sealed class WritePlan
    {
        public List<TaskRow> Upserts { get; } = [];

        public Dictionary<long, IReadOnlyList<LinkRow>> LinkSets { get; } = [];

        public List<long> LeftScope { get; } = [];

        public List<long> EnteredScope { get; } = [];
    }

    /// <summary>The open transaction of one write and what it changed so far.</summary>
    private sealed class Session(DbConnection connection, DbTransaction transaction, SqlDialect dialect, Guid connectionId, DateTimeOffset now)
    {
        public SqlDialect Dialect { get; } = dialect;

        public DbConnection Connection { get; } = connection;

        public Guid ConnectionId { get; } = connectionId;

        public DateTimeOffset Now { get; } = now;

        public long Version { get; set; }

        public HashSet<long> Changed { get; } = [];

        public DbCommand Command(string sql)
        {
            var command = Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        public async Task CollectAsync(DbCommand command, CancellationToken cancellationToken)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                Changed.Add(reader.GetInt64(0));
            }
        }
    }
}
