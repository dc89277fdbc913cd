using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panorama.Sync.Connections;
using Panorama.Sync.WriteBack;

namespace Panorama.Sync.Workers;

/// <summary>
/// The outbox loop of one connection: keeps up to <see cref="SyncOptions.OutboxConcurrency"/> operations in flight,
/// each on a different issue (the claim keeps one issue's operations in order, one at a time), and claims the next as
/// soon as one finishes. Jira's rate limits are kept by the client's limiters, shared by every loop of the process.
/// </summary>
public sealed partial class OutboxWorker(
    OutboxStore outbox,
    OperationSender sender,
    SyncConnectionCatalog catalog,
    SyncSignals signals,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<OutboxWorker> logger)
{
    public async Task RunAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var wake = signals.For(connectionId, SyncLoop.Outbox);
        var inFlight = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                inFlight.RemoveAll(t => t.IsCompleted);
                var claimedAny = false;
                var free = options.Value.OutboxConcurrency - inFlight.Count;
                if (free > 0)
                {
                    try
                    {
                        var connection = await catalog.FindAsync(connectionId, cancellationToken);
                        if (connection is { IsValid: true })
                        {
                            var claimed = await outbox.ClaimAsync(connectionId, free, cancellationToken);
                            foreach (var operation in claimed)
                            {
                                inFlight.Add(Task.Run(async () =>
                                {
                                    try
                                    {
                                        await sender.SendAsync(connection, operation, cancellationToken);
                                    }
                                    finally
                                    {
                                        wake.Set();
                                    }
                                }, CancellationToken.None));
                            }

                            claimedAny = claimed.Count == free;
                        }
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }
                    catch (Exception ex)
                    {
                        LogClaimFailed(logger, ex, connectionId);
                    }
                }

                if (!claimedAny)
                {
                    await wake.WaitAsync(options.Value.OutboxPollInterval, time, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the operations in flight give their claims back.
        }

        try
        {
            await Task.WhenAll(inFlight);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled sends released their rows; nothing else to do on the way out.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Claiming outbox operations of connection {ConnectionId} failed")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception, Guid connectionId);
}
