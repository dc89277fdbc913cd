using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Panorama.JiraSim.Control;
using Panorama.JiraSim.Rest;

namespace Panorama.JiraSim.Hosting;

/// <summary>One Kestrel listener on 127.0.0.1 per site, serving the Jira REST API and the control API.</summary>
internal static class SiteHost
{
    public static async Task<WebApplication> StartAsync(SiteRuntime site, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SiteHost).Assembly.GetName().Name,
            EnvironmentName = "Production",
            // The default content root is the current folder, watched recursively for appsettings.json changes: with
            // `panorama demo` (its SQLite file in ./data) or a benchmark writing below that folder, every database
            // write woke each site's watcher thread (about 5% of the CPU of an import). Settings are read once, never reloaded.
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, port);
            options.AddServerHeader = false;
        });
        builder.Services.AddRoutingCore();

        var app = builder.Build();
        app.UseJiraPipeline(site);
        app.MapIdentity(site);
        app.MapMetadata(site);
        app.MapSearch(site);
        app.MapIssues(site);
        app.MapBulk(site);
        app.MapLinks(site);
        app.MapAdminWebhooks(site);
        app.MapControl(site);

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site.Bind(new Uri(address).GetLeftPart(UriPartial.Authority).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
        return app;
    }
}
