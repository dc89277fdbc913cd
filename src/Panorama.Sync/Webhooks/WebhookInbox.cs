using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panorama.Data;
using Panorama.Data.Sync;
using Panorama.Jira.Webhooks;
using Panorama.Sync.Store;

namespace Panorama.Sync.Webhooks;

/// <summary>
/// The durable inbox of webhook deliveries. <see cref="StoreAsync"/> commits a delivery before the receiver answers
/// Jira; nodes then claim pending rows (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>, so two nodes never claim the same
/// row), apply them and mark them applied. A claim that is not completed in time (the node died) expires and another
/// node takes the row over.
/// </summary>
public sealed partial class WebhookInbox(IDbContextFactory<PanoramaDbContext> contexts, IOptions<SyncOptions> options, TimeProvider time)
{
    /// <summary>Stores a delivery whose signature was verified; false when its identifier is already stored (a duplicate).</summary>
    public Task<bool> StoreAsync(Guid connectionId, string identifier, JiraWebhookPayload payload, string body, CancellationToken cancellationToken) =>
        StoreAsync(connectionId, identifier, payload.WebhookEvent ?? "unknown", DeliveryBatch.IssueIdOf(payload), body, cancellationToken);

    private const string Completed = "\"State\" = 'Applied', \"AppliedAt\" = @now, \"AppliedBy\" = @me, \"ClaimedUntil\" = NULL, \"Error\" = NULL";

    internal async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(Guid connectionId, int limit, CancellationToken cancellationToken)
    {
        await using var work = await TransactionCommand.BeginAsync(contexts, cancellationToken);
        var (command, dialect) = (work.Command, work.Dialect);
        command.CommandText = "UPDATE webhook_deliveries SET \"ClaimedBy\" = @me, \"ClaimedUntil\" = @until, \"Attempts\" = \"Attempts\" + 1 " +
            "WHERE \"Id\" IN (SELECT \"Id\" FROM webhook_deliveries WHERE \"ConnectionId\" = @c AND \"State\" = 'Pending' " +
            $"AND (\"ClaimedUntil\" IS NULL OR \"ClaimedUntil\" < @now) ORDER BY \"Id\" LIMIT @limit{dialect.SkipLocked}) " +
            "RETURNING \"Id\", \"Event\", \"IssueId\", \"Body\", \"Attempts\", \"ReceivedAt\"";
        var now = time.GetUtcNow();
        SqlDialect.Add(command, "me", options.Value.EffectiveNodeId);
        SqlDialect.Add(command, "until", dialect.Time(now + options.Value.ClaimLease));
        SqlDialect.Add(command, "now", dialect.Time(now));
        SqlDialect.Add(command, "c", dialect.Guid(connectionId));
        SqlDialect.Add(command, "limit", limit);
        var claimed = new List<ClaimedDelivery>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add(new ClaimedDelivery(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                    reader.GetString(3), reader.GetInt32(4), dialect.ReadTime(reader, 5)));
            }
        }

        await work.CommitAsync(cancellationToken);
        return [.. claimed.OrderBy(d => d.Id)];
    }

    /// <summary>
    /// Marks claimed deliveries applied (only while this node still holds the claim), through a command in the
    /// transaction that wrote what they said (<see cref="TaskWrite.AlsoCommit"/>).
    /// </summary>
    internal Task CompleteAsync(DbCommand command, SqlDialect dialect, long[] ids, CancellationToken cancellationToken) =>
        ids.Length == 0 ? Task.CompletedTask : ExecuteAsync(command, dialect, ids, Completed, "\"ClaimedBy\" = @me", null, cancellationToken);

    /// <summary>Puts claimed deliveries back to be tried again after <paramref name="retryAt"/>; too many tries: failed.</summary>
    internal Task RetryLaterAsync(IEnumerable<long> ids, string error, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        ExecuteAsync(ids, "\"ClaimedUntil\" = @until, \"Error\" = @error, " +
            $"\"State\" = CASE WHEN \"Attempts\" >= {options.Value.MaxDeliveryAttempts} THEN 'Failed' ELSE 'Pending' END",
            "\"ClaimedBy\" = @me", (error, retryAt), cancellationToken);

    /// <summary>Sets deliveries aside for good (their body cannot be read).</summary>
    internal Task FailAsync(IEnumerable<long> ids, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(ids, "\"State\" = 'Failed', \"ClaimedUntil\" = NULL, \"Error\" = @error", "\"ClaimedBy\" = @me",
            (error, time.GetUtcNow()), cancellationToken);

    /// <summary>Gives claims back untouched (the connection was paused while they were held).</summary>
    internal Task ReleaseAsync(IEnumerable<long> ids, CancellationToken cancellationToken) =>
        ExecuteAsync(ids, "\"ClaimedUntil\" = NULL, \"Attempts\" = \"Attempts\" - 1", "\"ClaimedBy\" = @me", null, cancellationToken);

    /// <summary>Deletes deliveries applied or failed longer ago than <see cref="WebhookOptions.Retention"/>.</summary>
    public async Task<int> PurgeAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cutoff = time.GetUtcNow() - retention;
        return await db.WebhookDeliveries.Where(d => d.State != WebhookDeliveryState.Pending && d.ReceivedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }

    private async Task ExecuteAsync(IEnumerable<long> ids, string set, string guard, (string Error, DateTimeOffset Until)? retry,
        CancellationToken cancellationToken)
    {
        var list = ids.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        await ExecuteAsync(command, SqlDialect.For(db), list, set, guard, retry, cancellationToken);
    }

    private Task<int> ExecuteAsync(DbCommand command, SqlDialect dialect, long[] ids, string set, string guard,
        (string Error, DateTimeOffset Until)? retry, CancellationToken cancellationToken)
    {
        var filter = dialect.InIds(command, "\"Id\"", ids, "ids");
        command.CommandText = $"UPDATE webhook_deliveries SET {set} WHERE {filter} AND {guard}";
        SqlDialect.Add(command, "me", options.Value.EffectiveNodeId);
        SqlDialect.Add(command, "now", dialect.Time(time.GetUtcNow()));
        if (retry is { } r)
        {
            SqlDialect.Add(command, "error", r.Error.Length > 2000 ? r.Error[..2000] : r.Error);
            SqlDialect.Add(command, "until", dialect.Time(r.Until));
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A delivery this node claimed.</summary>
internal sealed record ClaimedDelivery(long Id, string Event, long? IssueId, string Body, int Attempts, DateTimeOffset ReceivedAt);
