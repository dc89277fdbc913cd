using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Panorama.Core.Tasks;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// Subscribes the box snapshot cache to the sync engine's <see cref="ITaskChangeFeed"/> when one is registered, so
/// boxes in use are refreshed as soon as tasks change. Without a feed, reads still find every change (they check
/// the store's watermark), only a little later.
/// </summary>
internal sealed class TaskChangeFeedSubscription(IServiceProvider services, BoxSnapshotCache cache) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = services.GetService<ITaskChangeFeed>()?.Subscribe(_ => cache.NotifyStoreChanged());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _subscription = null;
        return Task.CompletedTask;
    }
}
