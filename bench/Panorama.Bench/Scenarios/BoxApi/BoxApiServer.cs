using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Panorama.Data.Database;
using Panorama.Web.Auth.Tokens;

namespace Panorama.Bench.Scenarios.BoxApi;

/// <summary>
/// The real server, <c>panorama serve</c>, run as a child process on a loopback port over a given store (so its
/// working set and its garbage collector are the server's own), with an API client for its administrator.
/// </summary>
internal sealed class BoxApiServer : IAsyncDisposable
{
    private readonly Process _process;

    private BoxApiServer(Process process, HttpClient client, HttpClient compressed, string adminPassword)
    {
        _process = process;
        Client = client;
        Compressed = compressed;
        AdminPassword = adminPassword;
    }

    public const string AdminEmail = "bench@panorama.local";

    public HttpClient Client { get; }

    /// <summary>A client that asks for gzip and keeps the body as sent (to see how many bytes cross the wire).</summary>
    public HttpClient Compressed { get; }

    /// <summary>The administrator's throwaway password, for benches that sign in through the browser.</summary>
    public string AdminPassword { get; }

    public static async Task<BoxApiServer> StartAsync(DatabaseTarget database, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var token = ApiTokenSecret.Generate();
        var password = "bench-password-" + Guid.NewGuid().ToString("N");
        var db = database.Provider == DatabaseProvider.Sqlite
            ? $"sqlite:{database.ConnectionString["Data Source=".Length..]}"
            : $"postgres:{database.ConnectionString}";
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "panorama.exe" : "panorama"))
        {
            ArgumentList = { "serve", "--urls", $"http://127.0.0.1:{port}", "--db", db, "--Logging:LogLevel:Default=Warning", "--Logging:Console:FormatterName=simple" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["PANORAMA_ADMIN_EMAIL"] = AdminEmail,
                ["PANORAMA_ADMIN_PASSWORD"] = password,
                ["PANORAMA_ADMIN_API_TOKEN"] = token,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start panorama serve.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine($"[server] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Like a browser, the client accepts gzip (the Gantt payload is kept and sent compressed).
        var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var compressed = new HttpClient { BaseAddress = client.BaseAddress, Timeout = client.Timeout };
        compressed.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        compressed.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
        var server = new BoxApiServer(process, client, compressed, password);
        await server.WaitUntilReadyAsync(cancellationToken);
        return server;
    }

    /// <summary>The server process's working set now, in bytes.</summary>
    public long WorkingSet()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Compressed.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"panorama serve exited with {_process.ExitCode} before it was ready.");
            }

            try
            {
                using var health = await Client.GetAsync("/health/ready", cancellationToken);
                using var me = await Client.GetAsync("/api/account", cancellationToken);
                if (health.StatusCode == HttpStatusCode.OK && me.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("panorama serve was not ready within 2 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
