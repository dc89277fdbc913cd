using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Panorama.Core.Scope;
using Panorama.Sync.Connections.Administration;
using Panorama.Sync.Connections.Checks;
using Panorama.Sync.Connections.Discovery;
using Panorama.Sync.Connections.Health;
using Panorama.Sync.Connections.Mappings;
using Panorama.Sync.Connections.Screens;
using Panorama.Sync.Connections.Webhooks;

namespace Panorama.Sync.Connections;

public static class ConnectionsServiceCollectionExtensions
{
    /// <summary>
    /// Connection administration, checks, discovery, mappings, screen check and webhooks (issue 6). Needs
    /// <c>AddPanoramaData</c> and <c>AddPanoramaSync</c>. The boxes feature registers <see cref="Core.Connections.IConnectionScopeSource"/>
    /// and <see cref="Core.Connections.ILinkTypeUsage"/> implementations; with none, nothing is in scope.
    /// </summary>
    public static IServiceCollection AddPanoramaConnections(this IServiceCollection services)
    {
        services.AddOptions<ConnectionOptions>().BindConfiguration(ConnectionOptions.SectionName)
            .Validate(o => o.HealthCheckInterval > TimeSpan.Zero && o.CheckTimeout > TimeSpan.Zero && o.ScreenCheckSampleSize > 0,
                "Connections:HealthCheckInterval and Connections:CheckTimeout must be positive, Connections:ScreenCheckSampleSize at least 1.")
            .ValidateOnStart();
        services.AddOptions<JiraSiteOptions>().BindConfiguration(JiraSiteOptions.SectionName);
        services.AddOptions<PublicEndpointOptions>().BindConfiguration(PublicEndpointOptions.SectionName)
            .Validate(o => PublicEndpointOptions.Validate(o) is null,
                "Panorama:PublicBaseUrl must be an absolute http(s) URL without query, e.g. https://panorama.example.com.")
            .ValidateOnStart();

        services.TryAddSingleton<ConnectionStore>();
        services.TryAddSingleton<ConnectionScopes>();
        services.TryAddSingleton<ConnectionCheckRunner>();
        services.TryAddSingleton<ConnectionDiscovery>();
        services.TryAddSingleton<ConnectionWebhooks>();
        services.TryAddSingleton<ConnectionMappings>();
        services.TryAddSingleton<ConnectionScreenCheck>();
        services.TryAddSingleton<ConnectionHealthCheck>();
        services.TryAddSingleton<ConnectionAdministration>();
        services.AddSingleton<IScopeChangeListener, WebhookScopeListener>();
        return services;
    }

    /// <summary>The periodic health check (<c>Connections:HealthCheckInterval</c>): for the server, not for one-shot commands.</summary>
    public static IServiceCollection AddConnectionHealthChecks(this IServiceCollection services)
    {
        services.AddHostedService<ConnectionHealthWorker>();
        return services;
    }
}
