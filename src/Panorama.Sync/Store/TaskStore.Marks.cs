using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;

namespace Panorama.Sync.Store;

public sealed partial class TaskStore
{
    /// <summary>
    /// Sets built-in values of one task without Jira: a Panorama-only field, or the value a pending write will put in
    /// Jira (shown at once; the re-read after the write, or after its failure, replaces it with Jira's truth).
    /// </summary>
    public async Task<long?> SetValuesAsync(Guid connectionId, long issueId, IReadOnlyDictionary<BuiltInField, object?> values,
        bool awaitingJira, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dialect = SqlDialect.For(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = new Session(db.Database.GetDbConnection(), transaction.GetDbTransaction(), dialect, connectionId, time.GetUtcNow());
        session.Version = await NextVersionAsync(session, cancellationToken);
        await using var command = session.Command("");
        var sets = new List<string>();
        var index = 0;
        foreach (var (field, value) in values)
        {
            var name = "p" + index++;
            sets.Add($"{Quote(ColumnOf(field))} = @{name}");
            SqlDialect.Add(command, name, value is DateOnly date ? dialect.Date(date) : value);
        }

        if (awaitingJira)
        {
            sets.Add("\"LocalEditAt\" = @now");
            SqlDialect.Add(command, "now", dialect.Time(session.Now));
        }

        command.CommandText = $"UPDATE tasks SET {string.Join(", ", sets)}, \"ChangeVersion\" = @v " +
            "WHERE \"ConnectionId\" = @c AND \"IssueId\" = @i AND \"DeletedAt\" IS NULL RETURNING \"IssueId\"";
        SqlDialect.Add(command, "v", session.Version);
        SqlDialect.Add(command, "c", dialect.Guid(connectionId));
        SqlDialect.Add(command, "i", issueId);
        await session.CollectAsync(command, cancellationToken);
        if (session.Changed.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return null;
        }

        await transaction.CommitAsync(cancellationToken);
        feed.Publish(new TaskChangeBatch(connectionId, [issueId], session.Version));
        return session.Version;
    }

    private static async Task WriteTombstonesAsync(Session session, IReadOnlyList<Tombstone> tombstones,
        Dictionary<long, StoredTask> stored, CancellationToken cancellationToken)
    {
        var known = tombstones.Where(t => stored.ContainsKey(t.IssueId)).Select(t => t.IssueId).ToList();
        foreach (var chunk in known.Chunk(5000))
        {
            await using var command = session.Command("");
            var filter = session.Dialect.InIds(command, "\"IssueId\"", chunk, "ids");
            command.CommandText = "UPDATE tasks SET \"DeletedAt\" = @now, \"ChangeVersion\" = @v " +
                $"WHERE \"ConnectionId\" = @c AND {filter} AND \"DeletedAt\" IS NULL RETURNING \"IssueId\"";
            AddCommon(session, command);
            await session.CollectAsync(command, cancellationToken);
        }

        // An issue deleted before Panorama saw it still gets a tombstone, so its late "created" cannot bring it in.
        foreach (var tombstone in tombstones.Where(t => !stored.ContainsKey(t.IssueId)).DistinctBy(t => t.IssueId))
        {
            await using var command = session.Command(
                "INSERT INTO tasks (\"ConnectionId\", \"IssueId\", \"IssueKey\", \"ProjectId\", \"ProjectKey\", \"IssueTypeId\", " +
                "\"IssueTypeName\", \"HierarchyLevel\", \"IsSubtask\", \"StatusId\", \"StatusName\", \"StatusCategory\", \"Summary\", " +
                "\"Updated\", \"FieldsJson\", \"DeletedAt\", \"SyncedAt\", \"ChangeVersion\") VALUES (@c, @i, @key, '', @project, '', '', 0, " +
                "@no, '', '', @category, '', @now, '{}', @now, @now, @v) ON CONFLICT (\"ConnectionId\", \"IssueId\") DO NOTHING RETURNING \"IssueId\"");
            AddCommon(session, command);
            SqlDialect.Add(command, "i", tombstone.IssueId);
            SqlDialect.Add(command, "key", tombstone.IssueKey ?? tombstone.IssueId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            SqlDialect.Add(command, "project", tombstone.ProjectKey ?? "");
            SqlDialect.Add(command, "no", false);
            SqlDialect.Add(command, "category", nameof(StatusCategory.ToDo));
            await session.CollectAsync(command, cancellationToken);
        }
    }

    /// <summary>Marks issues as out of every scope (or back in); boxes never show a task that is out.</summary>
    private static async Task MarkScopeAsync(Session session, IEnumerable<long> issueIds, bool leave, CancellationToken cancellationToken)
    {
        foreach (var chunk in issueIds.Distinct().Chunk(5000))
        {
            await using var command = session.Command("");
            var filter = session.Dialect.InIds(command, "\"IssueId\"", chunk, "ids");
            command.CommandText = leave
                ? "UPDATE tasks SET \"OutOfScopeAt\" = @now, \"ChangeVersion\" = @v " +
                  $"WHERE \"ConnectionId\" = @c AND {filter} AND \"OutOfScopeAt\" IS NULL AND \"DeletedAt\" IS NULL RETURNING \"IssueId\""
                : "UPDATE tasks SET \"OutOfScopeAt\" = NULL, \"ChangeVersion\" = @v " +
                  $"WHERE \"ConnectionId\" = @c AND {filter} AND \"OutOfScopeAt\" IS NOT NULL RETURNING \"IssueId\"";
            AddCommon(session, command);
            await session.CollectAsync(command, cancellationToken);
        }
    }

    private static void AddCommon(Session session, System.Data.Common.DbCommand command)
    {
        SqlDialect.Add(command, "c", session.Dialect.Guid(session.ConnectionId));
        SqlDialect.Add(command, "v", session.Version);
        if (command.CommandText.Contains("@now", StringComparison.Ordinal))
        {
            SqlDialect.Add(command, "now", session.Dialect.Time(session.Now));
        }
    }
}
