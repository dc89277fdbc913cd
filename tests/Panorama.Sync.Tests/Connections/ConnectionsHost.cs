using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Panorama.Data;
using Panorama.Data.Database;
using Panorama.Data.Protection;
using Panorama.Sync.Connections;
using Panorama.Testing.Databases;

namespace Panorama.Sync.Tests.Connections;

/// <summary>The connection services on a test database, as the server wires them, without a web server.</summary>
internal static class ConnectionsHost
{
    public static async Task<IHost> StartAsync(TestDatabase database, CancellationToken ct, TimeProvider? time = null,
        params (string Key, string? Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(database.ToConfiguration()
            .Append(new("Jira:AllowInsecureLoopback", "true"))
            .Concat(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))));
        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddPanoramaData();
        builder.Services.AddPanoramaSync();
        builder.Services.AddPanoramaKeyRingProtection(builder.Configuration);
        builder.Services.AddPanoramaConnections().AddConnectionHealthChecks();
        var host = builder.Build();
        await host.StartAsync(ct);
        await host.Services.GetRequiredService<DatabaseState>().WhenReadyAsync(ct);
        return host;
    }

    /// <summary>
    /// Stops and disposes a host that runs on a fake clock. Disposing the HTTP resilience pipelines waits, on the host's
    /// clock, for executions still in flight (Polly's execution tracking: a 1 s sleep, up to 30 s), so the clock has to
    /// keep moving until the host is gone; a plain dispose with a request in flight waits forever.
    /// </summary>
    public static async Task StopAsync(IHost host, FakeTimeProvider time)
    {
        var stopping = StopAndDisposeAsync(host);
        while (!stopping.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(stopping, Task.Delay(20));
        }

        await stopping;
    }

    private static async Task StopAndDisposeAsync(IHost host)
    {
        await host.StopAsync();
        await ((IAsyncDisposable)host).DisposeAsync();
    }
}
