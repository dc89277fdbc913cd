using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panorama.Data.Database;
using Panorama.Sync.Connections;
using Panorama.Sync.Health;
using Panorama.Sync.Reconciliation;
using Panorama.Sync.Webhooks;

namespace Panorama.Sync.Workers;

/// <summary>
/// Runs sync for every connection (rule 5): each valid connection gets its own inbox, outbox and reconciliation
/// loops, so a slow or broken site never holds up another; an invalid one has none (paused, its tasks kept) and, when
/// sync itself paused it, is probed until it answers again. Looks at the connections table every
/// <see cref="SyncOptions.SupervisorInterval"/> and whenever a status changes on this node.
/// </summary>
internal sealed partial class SyncSupervisor(
    SyncConnectionCatalog catalog,
    SyncStateStore states,
    InboxWorker inbox,
    OutboxWorker outbox,
    ReconcileWorker reconcile,
    ConnectionHealth health,
    WebhookInbox deliveries,
    DatabaseState database,
    SyncSignals signals,
    IOptions<SyncOptions> options,
    IOptions<WebhookOptions> webhookOptions,
    TimeProvider time,
    ILogger<SyncSupervisor> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(10);

    private readonly Dictionary<Guid, Loops> _running = [];
    private readonly Dictionary<Guid, (Task Probe, DateTimeOffset At)> _probes = [];
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Workers)
        {
            return;
        }

        try
        {
            await database.WhenReadyAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await PassAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogPassFailed(logger, ex);
                }

                await signals.Supervisor.WaitAsync(options.Value.SupervisorInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
        finally
        {
            await Task.WhenAll(_running.Values.Select(l => l.StopAsync()));
            _running.Clear();
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        var connections = await catalog.ListAsync(stoppingToken);
        var stateById = (await states.ListAsync(stoppingToken)).ToDictionary(s => s.ConnectionId);
        foreach (var connection in connections)
        {
            if (!stateById.TryGetValue(connection.Id, out var state))
            {
                await states.EnsureAsync(connection.Id, stoppingToken);
            }

            if (connection.IsValid && !_running.ContainsKey(connection.Id))
            {
                LogStarted(logger, connection.Name);
                _running[connection.Id] = Loops.Start(stoppingToken,
                    ct => inbox.RunAsync(connection.Id, ct), ct => outbox.RunAsync(connection.Id, ct), ct => reconcile.RunAsync(connection.Id, ct));
            }
            else if (!connection.IsValid)
            {
                await PauseAsync(connection);
                if (state is { PausedBySync: true })
                {
                    Probe(connection, stoppingToken);
                }
            }
        }

        foreach (var gone in _running.Keys.Where(id => connections.All(c => c.Id != id)).ToList())
        {
            await _running[gone].StopAsync();
            _running.Remove(gone);
        }

        if (time.GetUtcNow() - _lastPurge >= PurgeInterval)
        {
            _lastPurge = time.GetUtcNow();
            await deliveries.PurgeAsync(webhookOptions.Value.Retention, stoppingToken);
        }
    }

    private async Task PauseAsync(SyncConnection connection)
    {
        if (_running.Remove(connection.Id, out var loops))
        {
            LogPaused(logger, connection.Name, connection.StatusReason);
            await loops.StopAsync();
        }
    }

    private void Probe(SyncConnection connection, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        if (_probes.TryGetValue(connection.Id, out var last) && (!last.Probe.IsCompleted || now - last.At < options.Value.ProbeInterval))
        {
            return;
        }

        _probes[connection.Id] = (Task.Run(async () =>
        {
            try
            {
                if (await health.ProbeAsync(connection, stoppingToken))
                {
                    signals.WakeSupervisor();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogProbeFailed(logger, ex, connection.Name);
            }
        }, CancellationToken.None), now);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The sync supervisor's pass failed")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync of connection {Name} started")]
    private static partial void LogStarted(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync of connection {Name} paused: {Reason}")]
    private static partial void LogPaused(ILogger logger, string name, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Probing connection {Name} failed")]
    private static partial void LogProbeFailed(ILogger logger, Exception exception, string name);

    /// <summary>The three loops of one connection, stopped together.</summary>
    private sealed class Loops(CancellationTokenSource stop, Task[] tasks)
    {
        public static Loops Start(CancellationToken stoppingToken, params Func<CancellationToken, Task>[] loops)
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            return new Loops(stop, [.. loops.Select(loop => Task.Run(() => loop(stop.Token), CancellationToken.None))]);
        }

        public async Task StopAsync()
        {
            await stop.CancelAsync();
            try
            {
                await Task.WhenAll(tasks);
            }
            catch (OperationCanceledException)
            {
                // Expected on the way out.
            }

            stop.Dispose();
        }
    }
}
