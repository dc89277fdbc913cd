using System.Collections.Concurrent;
using System.Text;
using Microsoft.Data.Sqlite;
using Panorama.Core.Fields;
using Panorama.Sync.Connections;

namespace Panorama.Sync.Store;

public sealed partial class TaskStore
{
    /// <summary>The columns an issue state writes, in statement order.</summary>
    private static readonly string[] RowColumns =
    [
        "ConnectionId", "IssueId", "IssueKey", "ProjectId", "ProjectKey", "IssueTypeId", "IssueTypeName", "HierarchyLevel",
        "IsSubtask", "StatusId", "StatusName", "StatusCategory", "Summary", "AssigneeAccountId", "AssigneeName",
        "ParentIssueId", "StartDate", "EndDate", "BaselineStart", "BaselineEnd", "OriginalEstimate", "RemainingEstimate",
        "TimeSpent", "Progress", "StoryPoints", "Updated", "FieldsJson", "SyncedAt", "LocalEditAt", "ChangeVersion",
    ];

    /// <summary>The column each mappable built-in field lives in; a Panorama-only field's column is never updated by sync.</summary>
    private static readonly Dictionary<BuiltInField, string> FieldColumns = new()
    {
        [BuiltInField.StartDate] = "StartDate",
        [BuiltInField.EndDate] = "EndDate",
        [BuiltInField.BaselineStart] = "BaselineStart",
        [BuiltInField.BaselineEnd] = "BaselineEnd",
        [BuiltInField.OriginalEstimate] = "OriginalEstimate",
        [BuiltInField.RemainingEstimate] = "RemainingEstimate",
        [BuiltInField.StoryPoints] = "StoryPoints",
        [BuiltInField.Progress] = "Progress",
        [BuiltInField.Summary] = "Summary",
    };

    private static readonly ConcurrentDictionary<(int Rows, string Kept), string> UpsertSql = new();

    private static readonly string[] SingleRowParameters = [.. Enumerable.Range(0, RowColumns.Length).Select(i => "@p" + i)];

    public static string ColumnOf(BuiltInField field) =>
        FieldColumns.TryGetValue(field, out var column) ? column : throw new ArgumentOutOfRangeException(nameof(field), field, "Not a stored built-in field.");

    private static async Task UpsertRowsAsync(Session session, SyncConnection connection, List<TaskRow> rows, CancellationToken cancellationToken)
    {
        var kept = connection.PanoramaOnlyFields.Select(f => FieldColumns[f]).Order(StringComparer.Ordinal).ToArray();
        if (!session.Dialect.IsPostgres)
        {
            await UpsertOneByOneAsync(session, rows, kept, cancellationToken);
            return;
        }

        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            await using var command = session.Command(UpsertSql.GetOrAdd((chunk.Length, string.Join(',', kept)), key => BuildUpsert(key.Rows, kept)));
            var index = 0;
            foreach (var row in chunk)
            {
                foreach (var value in Values(session, row))
                {
                    SqlDialect.Add(command, "p" + index++, value);
                }
            }

            await session.CollectAsync(command, cancellationToken);
        }
    }

    /// <summary>
    /// SQLite: one prepared single-row statement run per row, bound by position on the native handle (see
    /// <see cref="SqliteRowStatement"/>). A multi-row statement would not help: inside one transaction, SQLite runs a
    /// prepared statement per row about as fast as it can write.
    /// </summary>
    private static Task UpsertOneByOneAsync(Session session, List<TaskRow> rows, string[] kept, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }

        var sql = UpsertSql.GetOrAdd((1, string.Join(',', kept)), key => BuildUpsert(key.Rows, kept));
        using var statement = new SqliteRowStatement((SqliteConnection)session.Connection, sql, SingleRowParameters);
        var changed = session.Changed;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            statement.Run(Values(session, row), id => changed.Add(id));
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A multi-row upsert. The WHERE repeats the two rules the plan already applied (a tombstone wins, an older state
    /// never replaces a newer one) so that no caller can break them.
    /// </summary>
    private static string BuildUpsert(int rows, string[] kept)
    {
        var sql = new StringBuilder("INSERT INTO tasks (");
        sql.AppendJoin(", ", RowColumns.Select(Quote)).Append(") VALUES ");
        var index = 0;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < RowColumns.Length; c++)
            {
                sql.Append(c == 0 ? "@p" : ", @p").Append(index++);
            }

            sql.Append(')');
        }

        sql.Append(" ON CONFLICT (\"ConnectionId\", \"IssueId\") DO UPDATE SET ");
        sql.AppendJoin(", ", RowColumns.Skip(2).Where(c => !kept.Contains(c)).Select(c => $"{Quote(c)} = excluded.{Quote(c)}"));
        sql.Append(" WHERE tasks.\"DeletedAt\" IS NULL AND excluded.\"Updated\" >= tasks.\"Updated\" RETURNING \"IssueId\"");
        return sql.ToString();
    }

    private static object[] Values(Session session, TaskRow row)
    {
        var d = session.Dialect;
        return
        [
            d.Guid(session.ConnectionId), row.IssueId, row.IssueKey, row.ProjectId, row.ProjectKey, row.IssueTypeId,
            row.IssueTypeName, row.HierarchyLevel, row.IsSubtask, row.StatusId, row.StatusName, row.StatusCategory.ToString(),
            row.Summary, SqlDialect.Value(row.AssigneeAccountId), SqlDialect.Value(row.AssigneeName),
            SqlDialect.Value(row.ParentIssueId), d.Date(row.StartDate), d.Date(row.EndDate), d.Date(row.BaselineStart),
            d.Date(row.BaselineEnd), SqlDialect.Value(row.OriginalEstimate), SqlDialect.Value(row.RemainingEstimate),
            SqlDialect.Value(row.TimeSpent), SqlDialect.Value(row.Progress), SqlDialect.Value(row.StoryPoints),
            d.Time(row.Updated), d.Fields(row), d.Time(session.Now), DBNull.Value, session.Version,
        ];
    }

    private static string Quote(string column) => $"\"{column}\"";
}
