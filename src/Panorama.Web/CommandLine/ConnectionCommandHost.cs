using Microsoft.Extensions.Options;
using Panorama.Data;
using Panorama.Data.Database;
using Panorama.Data.Protection;
using Panorama.Sync;
using Panorama.Sync.Connections;
using Panorama.Web.Boxes.Integration;
using Panorama.Web.Hosting;

namespace Panorama.Web.CommandLine;

/// <summary>
/// The services of the <c>connection</c> commands: the same store, key ring and Jira client as <c>serve</c>, in a host
/// without a web server or workers. Start-up migrates the database, so the commands work on a fresh store too.
/// </summary>
internal static class ConnectionCommandHost
{
    private static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(HostSettings settings, TextWriter error,
        Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = settings.HostArguments ?? [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings.ToConfiguration());

        // Standard output is the command's answer; log lines (warnings and worse) go to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        try
        {
            builder.Services.AddPanoramaData();
            builder.Services.AddPanoramaSync();
            builder.Services.AddPanoramaKeyRingProtection(builder.Configuration);
            builder.Services.AddPanoramaConnections();
            builder.Services.AddBoxIntegration(); // webhook filters follow the box scopes
            using var host = builder.Build();
            await host.StartAsync(cancellationToken);
            try
            {
                var database = host.Services.GetRequiredService<DatabaseState>();
                try
                {
                    await database.WhenReadyAsync(cancellationToken).WaitAsync(DatabaseWait, cancellationToken);
                }
                catch (TimeoutException)
                {
                    await error.WriteLineAsync($"panorama: the database is not ready: {database.LastError ?? "no answer"}");
                    return 1;
                }

                return await action(host.Services, cancellationToken);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"panorama: configuration is not valid: {string.Join(" ", ex.Failures)}");
            return 1;
        }
    }
}
