using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Panorama.Bench.Scenarios.Ui;

/// <summary>
/// The real Panorama server (<c>panorama serve</c> from src/Panorama.Web's build output) in its own process on a free
/// loopback port, on a throwaway SQLite database, with a known administrator. Measured as users meet it.
/// </summary>
internal sealed class UiBenchServer : IAsyncDisposable
{
    public const string AdminEmail = "bench@panorama.local";
    public const string AdminPassword = "bench-password-for-the-ui";

    private readonly Process _process;
    private readonly string _folder;

    private UiBenchServer(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<UiBenchServer> StartAsync(CancellationToken cancellationToken)
    {
        var dll = ServerPath();
        var folder = Directory.CreateTempSubdirectory("panorama-ui-bench-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "serve", "--urls", $"http://127.0.0.1:{port}", "--db", $"sqlite:{Path.Combine(folder, "panorama.db")}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["PANORAMA_ADMIN_EMAIL"] = AdminEmail;
        start.Environment["PANORAMA_ADMIN_PASSWORD"] = AdminPassword;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Panorama server.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new UiBenchServer(process, folder, new Uri($"http://localhost:{port}"));
        await server.WaitUntilReadyAsync(port, cancellationToken);
        return server;
    }

    private static string ServerPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Panorama.slnx")))
        {
            directory = directory.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(directory?.FullName ?? ".", "src", "Panorama.Web", "bin", configuration, "net10.0", "panorama.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the server first: {dll} is missing.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilReadyAsync(int port, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The Panorama server exited with {_process.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException("The Panorama server was not ready within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
