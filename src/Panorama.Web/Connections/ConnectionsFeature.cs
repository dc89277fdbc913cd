using Panorama.Data.Protection;
using Panorama.Sync.Connections;

namespace Panorama.Web.Connections;

public static class ConnectionsFeature
{
    /// <summary>
    /// Connections (issue 6): the services, the periodic health check, the API's views, and the key ring protection
    /// that guards the API tokens (<c>DataProtection:CertificatePath</c>).
    /// </summary>
    public static WebApplicationBuilder AddConnections(this WebApplicationBuilder builder)
    {
        builder.Services.AddPanoramaKeyRingProtection(builder.Configuration);
        builder.Services.AddPanoramaConnections().AddConnectionHealthChecks();
        builder.Services.AddSingleton<ConnectionViews>();
        return builder;
    }
}
