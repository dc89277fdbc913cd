using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Panorama.Data.Database;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// Loads the task store mirror as soon as the database is ready, so the first person to open a box after a restart
/// does not wait while every task row is read (about 3 s of a 100,000-task store on SQLite). Boxes themselves are
/// still built when first read.
/// </summary>
internal sealed partial class BoxCacheWarmUp(DatabaseState database, BoxSnapshotCache cache, ILogger<BoxCacheWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await database.WhenReadyAsync(stoppingToken);
            await cache.RefreshAllAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before the store was read: nothing to warm.
        }
        catch (Exception ex)
        {
            // Only a head start: the first read of a box loads the mirror anyway.
            LogWarmUpFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Loading the task store for the box cache at start-up failed; the first box read will load it")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
