using Microsoft.Extensions.DependencyInjection;
using Panorama.Data.Boxes.Snapshots;

namespace Panorama.Data.Boxes;

public static class BoxesServiceCollectionExtensions
{
    /// <summary>
    /// The box snapshot cache (one per process), loaded at start-up, and its subscription to the sync engine's task
    /// change feed, if the sync engine registered one. Needs <c>AddPanoramaData</c> (the start-up load waits for the store).
    /// </summary>
    public static IServiceCollection AddBoxSnapshots(this IServiceCollection services)
    {
        services.AddSingleton<BoxSnapshotCache>();
        services.AddHostedService<TaskChangeFeedSubscription>();
        services.AddHostedService<BoxCacheWarmUp>();
        return services;
    }
}
