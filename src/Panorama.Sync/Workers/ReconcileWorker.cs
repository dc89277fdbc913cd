using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panorama.Sync.Reconciliation;

namespace Panorama.Sync.Workers;

/// <summary>
/// The reconciliation loop of one connection: whenever something is due (never imported, an import or reconciliation
/// was asked for, the timer or the sweep interval passed) it runs it under the connection's lease. Several nodes run
/// this loop; the lease lets one of them work. After a failure it backs off, doubling up to the reconcile interval.
/// </summary>
public sealed partial class ReconcileWorker(
    SyncRunner runner,
    SyncStateStore states,
    SyncSignals signals,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<ReconcileWorker> logger)
{
    public async Task RunAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        var wake = signals.For(connectionId, SyncLoop.Reconcile);
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var wait = options.Value.SupervisorInterval;
            try
            {
                var state = await states.GetAsync(connectionId, cancellationToken);
                if (runner.Due(state) is not null)
                {
                    await runner.RunAsync(connectionId, null, null, cancellationToken);
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var backoff = TimeSpan.FromSeconds(Math.Min(options.Value.ReconcileInterval.TotalSeconds, Math.Pow(2, failures)));
                wait = backoff > wait ? backoff : wait;
                LogFailed(logger, connectionId, failures, wait.TotalSeconds, ex.Message);
            }

            await wake.WaitAsync(wait, time, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync of connection {ConnectionId} failed {Failures} time(s) in a row; next try in {Seconds:F0} s: {Reason}")]
    private static partial void LogFailed(ILogger logger, Guid connectionId, int failures, double seconds, string reason);
}
