using System.Collections.Concurrent;
using Panorama.Sync.Store;

namespace Panorama.Sync.Webhooks;

/// <summary>
/// Storing deliveries with group commit: deliveries that arrive while another batch is being written wait for it and
/// are then written together, in one transaction, by whichever of their requests gets the turn first. Each delivery
/// is still committed before its request answers Jira, but at 200 deliveries a second they share commits (one disk
/// flush on SQLite for many) instead of queueing one write transaction each behind the webhook applier's writes.
/// </summary>
public sealed partial class WebhookInbox : IDisposable
{
    private const int MaxBatch = 200;

    private readonly ConcurrentQueue<PendingDelivery> _toStore = new();
    private readonly SemaphoreSlim _storing = new(1, 1);

    private async Task<bool> StoreAsync(Guid connectionId, string identifier, string webhookEvent, long? issueId, string body,
        CancellationToken cancellationToken)
    {
        var delivery = new PendingDelivery(connectionId, identifier, webhookEvent, issueId, body, time.GetUtcNow());
        _toStore.Enqueue(delivery);
        while (!delivery.Stored.Task.IsCompleted)
        {
            await _storing.WaitAsync(cancellationToken);
            try
            {
                if (!delivery.Stored.Task.IsCompleted)
                {
                    await StoreBatchAsync();
                }
            }
            finally
            {
                _storing.Release();
            }
        }

        return await delivery.Stored.Task;
    }

    /// <summary>Writes what is queued (up to <see cref="MaxBatch"/>) in one transaction and tells each delivery how it went.</summary>
    private async Task StoreBatchAsync()
    {
        var batch = new List<PendingDelivery>();
        while (batch.Count < MaxBatch && _toStore.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        try
        {
            // Not the caller's token: the batch holds other requests' deliveries, and a delivery half-way stored would
            // leave its own request unanswered.
            var inserted = await InsertAsync(batch, CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Stored.TrySetResult(inserted[i]);
            }
        }
        catch (Exception ex)
        {
            foreach (var delivery in batch)
            {
                delivery.Stored.TrySetException(ex);
            }
        }
    }

    /// <summary>Inserts the deliveries in one transaction; per delivery, whether it was new (not a duplicate identifier).</summary>
    private async Task<bool[]> InsertAsync(List<PendingDelivery> batch, CancellationToken cancellationToken)
    {
        await using var work = await TransactionCommand.BeginAsync(contexts, cancellationToken);
        var (command, dialect) = (work.Command, work.Dialect);
        command.CommandText = "INSERT INTO webhook_deliveries (\"ConnectionId\", \"Identifier\", \"Event\", \"IssueId\", \"ReceivedAt\", \"Body\", \"State\", \"Attempts\") " +
            "VALUES (@c, @id, @event, @issue, @now, @body, 'Pending', 0) ON CONFLICT (\"ConnectionId\", \"Identifier\") DO NOTHING";
        var inserted = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var delivery = batch[i];
            command.Parameters.Clear();
            SqlDialect.Add(command, "c", dialect.Guid(delivery.ConnectionId));
            SqlDialect.Add(command, "id", delivery.Identifier);
            SqlDialect.Add(command, "event", delivery.Event);
            SqlDialect.Add(command, "issue", delivery.IssueId);
            SqlDialect.Add(command, "now", dialect.Time(delivery.ReceivedAt));
            SqlDialect.Add(command, "body", delivery.Body);
            inserted[i] = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        await work.CommitAsync(cancellationToken);
        return inserted;
    }

    public void Dispose() => _storing.Dispose();

    private sealed record PendingDelivery(Guid ConnectionId, string Identifier, string Event, long? IssueId, string Body, DateTimeOffset ReceivedAt)
    {
        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
