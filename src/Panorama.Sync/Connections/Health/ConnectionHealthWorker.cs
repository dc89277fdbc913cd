using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Panorama.Data.Database;

namespace Panorama.Sync.Connections.Health;

/// <summary>
/// Runs <see cref="ConnectionHealthCheck"/> every <see cref="ConnectionOptions.HealthCheckInterval"/> (default 5
/// minutes) on the <see cref="TimeProvider"/> clock, once the database is ready. Connections are checked when created
/// or tested, so the first pass waits one interval.
/// </summary>
internal sealed class ConnectionHealthWorker(
    ConnectionHealthCheck health,
    DatabaseState database,
    IOptions<ConnectionOptions> options,
    TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await database.WhenReadyAsync(stoppingToken);
            using var timer = new PeriodicTimer(options.Value.HealthCheckInterval, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await health.RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
