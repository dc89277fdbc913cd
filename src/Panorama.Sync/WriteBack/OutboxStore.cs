using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panorama.Data;
using Panorama.Data.Sync;
using Panorama.Sync.Store;

namespace Panorama.Sync.WriteBack;

/// <summary>
/// Claims and settles outbox rows. A claim takes the oldest sendable operations of a connection, skipping any whose
/// issue still has an earlier operation pending or being sent, so one issue's operations go out one at a time in
/// order; PostgreSQL's <c>FOR UPDATE SKIP LOCKED</c> keeps two nodes from claiming the same row. A claim that expires
/// (its node died mid-send) is taken over; sending an edit twice is harmless, and creations are never repeated blindly.
/// </summary>
public sealed class OutboxStore(IDbContextFactory<PanoramaDbContext> contexts, IOptions<SyncOptions> options, TimeProvider time)
{
    internal async Task<IReadOnlyList<WriteBackOperationRecord>> ClaimAsync(Guid connectionId, int limit, CancellationToken cancellationToken)
    {
        await using var work = await TransactionCommand.BeginAsync(contexts, cancellationToken);
        var (command, dialect) = (work.Command, work.Dialect);
        command.CommandText =
            "UPDATE write_back_operations SET \"State\" = 'Sending', \"ClaimedBy\" = @me, \"ClaimedUntil\" = @until, \"Attempts\" = \"Attempts\" + 1 " +
            "WHERE \"Id\" IN (SELECT o.\"Id\" FROM write_back_operations o WHERE o.\"ConnectionId\" = @c AND o.\"NextAttemptAt\" <= @now " +
            "AND (o.\"State\" = 'Pending' OR (o.\"State\" = 'Sending' AND o.\"ClaimedUntil\" < @now)) " +
            "AND NOT EXISTS (SELECT 1 FROM write_back_operations p WHERE p.\"ConnectionId\" = o.\"ConnectionId\" " +
            "AND p.\"IssueId\" = o.\"IssueId\" AND p.\"Id\" < o.\"Id\" AND p.\"State\" IN ('Pending', 'Sending')) " +
            $"ORDER BY o.\"Id\" LIMIT @limit{dialect.SkipLocked}) " +
            "RETURNING \"Id\", \"ChangeId\", \"IssueId\", \"IssueKey\", \"Kind\", \"PayloadJson\", \"OldValuesJson\", \"Attempts\", \"ResultJson\"";
        var now = time.GetUtcNow();
        SqlDialect.Add(command, "me", options.Value.EffectiveNodeId);
        SqlDialect.Add(command, "until", dialect.Time(now + options.Value.ClaimLease));
        SqlDialect.Add(command, "now", dialect.Time(now));
        SqlDialect.Add(command, "c", dialect.Guid(connectionId));
        SqlDialect.Add(command, "limit", limit);
        var claimed = new List<WriteBackOperationRecord>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add(new WriteBackOperationRecord
                {
                    Id = reader.GetInt64(0),
                    ChangeId = reader.GetGuid(1),
                    ConnectionId = connectionId,
                    IssueId = reader.IsDBNull(2) ? null : reader.GetInt64(2),
                    IssueKey = reader.IsDBNull(3) ? null : reader.GetString(3),
                    Kind = Enum.Parse<WriteBackOperationKind>(reader.GetString(4)),
                    PayloadJson = reader.GetString(5),
                    OldValuesJson = reader.IsDBNull(6) ? null : reader.GetString(6),
                    Attempts = reader.GetInt32(7),
                    ResultJson = reader.IsDBNull(8) ? null : reader.GetString(8),
                    State = WriteBackOperationStatus.Sending,
                });
            }
        }

        await work.CommitAsync(cancellationToken);
        return [.. claimed.OrderBy(o => o.Id)];
    }

    internal Task DoneAsync(long id, string? result, CancellationToken cancellationToken) =>
        SettleAsync(id, "\"State\" = 'Done', \"CompletedAt\" = @now, \"Error\" = NULL, \"ResultJson\" = @result, \"ClaimedUntil\" = NULL",
            command => SqlDialect.Add(command, "result", result), cancellationToken);

    internal Task FailedAsync(long id, string error, CancellationToken cancellationToken) =>
        SettleAsync(id, "\"State\" = 'Failed', \"CompletedAt\" = @now, \"Error\" = @error, \"ClaimedUntil\" = NULL",
            command => SqlDialect.Add(command, "error", Trim(error)), cancellationToken);

    /// <summary>Back to pending, not to be sent before <paramref name="at"/> (a 429 or 5xx; kept across restarts).</summary>
    internal Task RetryAsync(long id, string error, DateTimeOffset at, CancellationToken cancellationToken) =>
        SettleAsync(id, "\"State\" = 'Pending', \"NextAttemptAt\" = @at, \"Error\" = @error, \"ClaimedUntil\" = NULL",
            command =>
            {
                SqlDialect.Add(command, "error", Trim(error));
                SqlDialect.Add(command, "at", SqlDialect.For(command).Time(at));
            }, cancellationToken);

    /// <summary>Gives a claim back untouched: the connection was paused; the operation waits for its recovery.</summary>
    internal Task ReleaseAsync(long id, CancellationToken cancellationToken) =>
        SettleAsync(id, "\"State\" = 'Pending', \"Attempts\" = \"Attempts\" - 1, \"ClaimedUntil\" = NULL", _ => { }, cancellationToken);

    private async Task SettleAsync(long id, string set, Action<DbCommand> parameters, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dialect = SqlDialect.For(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"UPDATE write_back_operations SET {set} WHERE \"Id\" = @id AND \"ClaimedBy\" = @me";
        SqlDialect.Add(command, "id", id);
        SqlDialect.Add(command, "me", options.Value.EffectiveNodeId);
        SqlDialect.Add(command, "now", dialect.Time(time.GetUtcNow()));
        parameters(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Trim(string error) => error.Length > 2000 ? error[..2000] : error;
}
