using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Panorama.Jira;
using Panorama.Jira.Connections;
using Panorama.Sync.Connections;

namespace Panorama.Sync;

public static class SyncServiceCollectionExtensions
{
    /// <summary>Registers the Jira client for stored connections (credentials decrypted on demand).</summary>
    public static IServiceCollection AddPanoramaSync(this IServiceCollection services)
    {
        services.AddPanoramaJira();
        services.TryAddSingleton<ConnectionCredentialSource>();
        services.TryAddSingleton<IJiraCredentialSource>(sp => sp.GetRequiredService<ConnectionCredentialSource>());
        services.TryAddSingleton<ConnectionStatusService>();
        return services;
    }
}
