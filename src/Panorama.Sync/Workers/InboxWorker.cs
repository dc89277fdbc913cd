using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panorama.Sync.Connections;
using Panorama.Sync.Health;
using Panorama.Sync.Webhooks;

namespace Panorama.Sync.Workers;

/// <summary>
/// The inbox loop of one connection: claims pending deliveries (its own node's arrive through a signal, other nodes'
/// are found by polling), applies them as one coalesced batch and marks them applied. A failure puts the batch back
/// with a backoff; an auth failure or outage pauses the connection and gives the claims back untouched.
/// </summary>
public sealed partial class InboxWorker(
    WebhookInbox inbox,
    DeliveryApplier applier,
    SyncConnectionCatalog catalog,
    ConnectionHealth health,
    SyncSignals signals,
    SyncMetrics metrics,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<InboxWorker> logger)
{
    public async Task RunAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var wake = signals.For(connectionId, SyncLoop.Inbox);
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await PassAsync(connectionId, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, ex, connectionId);
                await Task.Delay(TimeSpan.FromSeconds(1), time, cancellationToken);
            }

            if (claimed == 0)
            {
                await wake.WaitAsync(options.Value.InboxPollInterval, time, cancellationToken);
            }
        }
    }

    /// <summary>One claim-and-apply pass; returns how many deliveries it claimed.</summary>
    public async Task<int> PassAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var connection = await catalog.FindAsync(connectionId, cancellationToken);
        if (connection is not { IsValid: true })
        {
            return 0;
        }

        var claimed = await inbox.ClaimAsync(connectionId, options.Value.InboxBatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var ids = claimed.Select(d => d.Id).ToList();
        try
        {
            var batch = DeliveryBatch.From(claimed);
            var unreadable = batch.Unreadable.ToHashSet();
            long[] applied = [.. ids.Where(id => !unreadable.Contains(id))];
            await applier.ApplyAsync(connection, batch, (command, dialect, ct) => inbox.CompleteAsync(command, dialect, applied, ct), cancellationToken);
            await inbox.FailAsync(unreadable, "The body is not a JSON object Panorama can read.", CancellationToken.None);
            var now = time.GetUtcNow();
            foreach (var delivery in claimed)
            {
                metrics.Freshness(now - delivery.ReceivedAt);
            }

            metrics.Delivery("applied", applied.Length);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await inbox.ReleaseAsync(ids, CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            if (await health.ReportAsync(connection, ex, CancellationToken.None))
            {
                await inbox.ReleaseAsync(ids, CancellationToken.None);
                return claimed.Count;
            }

            var attempts = claimed.Max(d => d.Attempts);
            var delay = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, attempts)));
            await inbox.RetryLaterAsync(ids, ex.Message, time.GetUtcNow() + delay, CancellationToken.None);
            metrics.Delivery("failed", ids.Count);
            LogBatchFailed(logger, connection.Name, ids.Count, attempts, ex.Message);
        }

        return claimed.Count;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The inbox pass of connection {ConnectionId} failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, Guid connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying {Count} deliveries of {Name} failed (attempt {Attempts}), will retry: {Reason}")]
    private static partial void LogBatchFailed(ILogger logger, string name, int count, int attempts, string reason);
}
