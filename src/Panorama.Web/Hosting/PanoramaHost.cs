using Panorama.Data;
using Panorama.Sync;
using Panorama.Web.Auth;
using Panorama.Web.Boxes;
using Panorama.Web.Components;
using Panorama.Web.Connections;
using Panorama.Web.Health;
using Panorama.Web.Scheduling;
using Panorama.Web.Sync;

namespace Panorama.Web.Hosting;

/// <summary>Builds the web host: one <c>Add…</c> per project, one <c>Map…</c> per feature.</summary>
public static class PanoramaHost
{
    public static WebApplication Build(HostSettings settings)
    {
        var args = settings.HostArguments ?? [];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // No file watching for appsettings.json: Panorama reads its settings once at start, and the watcher follows
            // the content root recursively, so a store kept below it (a SQLite file and its WAL) had every write
            // reported to a thread that checked the file with lstat: about 5% of the CPU of an import. Given first, so
            // a `--hostBuilder:reloadConfigOnChange=true` on the command line still wins.
            Args = ["--hostBuilder:reloadConfigOnChange=false", .. args],
            ApplicationName = typeof(PanoramaHost).Assembly.GetName().Name,
            // appsettings.json ships beside the executable; `dotnet run` starts in another folder.
            ContentRootPath = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings.ToConfiguration());

        builder.Services.AddPanoramaData();
        builder.Services.AddPanoramaSync();
        builder.AddPanoramaWeb();
        builder.AddPanoramaAuth();
        builder.AddPanoramaBoxes();
        builder.AddPanoramaUi();
        builder.AddConnections();

        var app = builder.Build();
        app.UsePanoramaWeb();
        app.UsePanoramaAuth();
        app.MapHealthEndpoints();
        app.MapScheduleEndpoints();
        app.MapAuthEndpoints();
        app.MapConnectionsEndpoints();
        app.MapBoxesEndpoints();
        app.MapSyncEndpoints();
        app.MapPanoramaUi();
        return app;
    }
}
