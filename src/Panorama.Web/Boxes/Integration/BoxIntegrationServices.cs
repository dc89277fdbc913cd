using Microsoft.Extensions.DependencyInjection.Extensions;
using Panorama.Core.Connections;
using Panorama.Sync.Scope;

namespace Panorama.Web.Boxes.Integration;

/// <summary>How boxes plug into the connections feature and the sync engine (their ports, implemented over box tables).</summary>
internal static class BoxIntegrationServices
{
    public static IServiceCollection AddBoxIntegration(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ISyncScopeSource, BoxSyncScopeSource>());
        services.AddSingleton<IConnectionScopeSource, BoxConnectionScopeSource>();
        services.AddSingleton<ILinkTypeUsage, BoxLinkTypeUsage>();
        services.AddSingleton<IConnectionRemovedListener, BoxConnectionRemoval>();
        return services;
    }
}
