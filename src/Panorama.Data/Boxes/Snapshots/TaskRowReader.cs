using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Tasks;
using Panorama.Data.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// Reads task rows straight from the data reader into the Core model, for the mirror's loads of up to every task in
/// the store. Going around EF Core's materializer matters at 100,000 rows: no <c>TaskRecord</c> per row, and on
/// SQLite the raw <c>fields</c> JSON is kept as the bytes the database holds (still compressed, see
/// <see cref="StoredFields.ToNativeFields"/>) instead of a UTF-16 string that is encoded again (a few hundred megabytes of
/// garbage on a cold start). Columns are the ones <c>TaskRecordConfiguration</c> maps; the mirror tests read rows written
/// through EF on both providers.
/// </summary>
internal static class TaskRowReader
{
    private const string Sql = """
        SELECT "ConnectionId", "IssueId", "IssueKey", "ProjectId", "ProjectKey", "IssueTypeId", "IssueTypeName",
               "HierarchyLevel", "IsSubtask", "StatusId", "StatusName", "StatusCategory", "Summary", "AssigneeAccountId",
               "AssigneeName", "ParentIssueId", "StartDate", "EndDate", "BaselineStart", "BaselineEnd", "OriginalEstimate",
               "RemainingEstimate", "TimeSpent", "Progress", "StoryPoints", "Updated", "FieldsJson", "DeletedAt", "ChangeVersion"
        FROM tasks WHERE "ChangeVersion" > @since
        """;

    /// <summary>Rows above a change version: the task (null for a tombstone), its key and its version.</summary>
    public static async IAsyncEnumerable<(TaskKey Key, PlanTask? Task, long Version)> ReadAsync(
        PanoramaDbContext db, long since, SharedRefs refs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Sql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@since";
            parameter.Value = since;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = new TaskKey(reader.GetGuid(0), reader.GetInt64(1));
                var version = reader.GetInt64(28);
                yield return (key, reader.IsDBNull(27) ? Read(reader, key, sqlite, refs) : null, version);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static PlanTask Read(DbDataReader reader, TaskKey key, bool sqlite, SharedRefs refs)
    {
        var connection = key.ConnectionId;
        var category = Enum.Parse<StatusCategory>(reader.GetString(11));
        return new PlanTask
        {
            Key = key,
            IssueKey = reader.GetString(2),
            Project = refs.Project(connection, new ProjectRef(reader.GetString(3), reader.GetString(4))),
            IssueType = refs.IssueType(connection, new IssueTypeRef(reader.GetString(5), reader.GetString(6), reader.GetInt32(7), reader.GetBoolean(8))),
            Status = refs.Status(connection, new StatusRef(reader.GetString(9), reader.GetString(10), category)),
            Summary = reader.GetString(12),
            Assignee = reader.IsDBNull(13) ? null
                : refs.Person(new Person(reader.GetString(13), reader.IsDBNull(14) ? reader.GetString(13) : reader.GetString(14))),
            ParentIssueId = Nullable<long>(reader, 15),
            StartDate = Nullable<DateOnly>(reader, 16),
            EndDate = Nullable<DateOnly>(reader, 17),
            BaselineStart = Nullable<DateOnly>(reader, 18),
            BaselineEnd = Nullable<DateOnly>(reader, 19),
            OriginalEstimate = Nullable<long>(reader, 20),
            RemainingEstimate = Nullable<long>(reader, 21),
            TimeSpent = Nullable<long>(reader, 22),
            Progress = Nullable<double>(reader, 23),
            StoryPoints = Nullable<double>(reader, 24),

            // SQLite keeps UTC ticks (UtcTicksConverter); PostgreSQL a timestamptz.
            Updated = sqlite ? new DateTimeOffset(reader.GetInt64(25), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(25),
            NativeFields = sqlite ? StoredFields.ToNativeFields(reader.GetFieldValue<byte[]>(26)) : NativeFieldValues.FromUtf8(Encoding.UTF8.GetBytes(reader.GetString(26))),
        };
    }

    private static T? Nullable<T>(DbDataReader reader, int ordinal)
        where T : struct =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
}
