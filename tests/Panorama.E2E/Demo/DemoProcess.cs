using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Panorama.E2E.Demo;

/// <summary>
/// <c>panorama demo</c> exactly as the README runs it, as a child process (two small sites, its own SQLite file, a free
/// port), read from its banner: where it serves, the portfolio box and each simulated site.
/// </summary>
public sealed partial class DemoProcess : IAsyncLifetime
{
    public const string AdminEmail = "demo-e2e@panorama.test";
    public static readonly string AdminPassword = $"Demo-{Guid.NewGuid():N}";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"panorama-demo-e2e-{Guid.NewGuid():N}");
    private readonly List<string> _output = [];
    private Process? _process;

    public Uri BaseAddress { get; private set; } = default!;

    public Guid PortfolioId { get; private set; }

    public Dictionary<string, Uri> Sites { get; } = [];

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "panorama.dll"), "demo", "--sites", "2", "--issues", "60",
                     "--urls", "http://127.0.0.1:0", "--db", $"sqlite:{Path.Combine(_folder, "demo.db")}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PANORAMA_ADMIN_EMAIL"] = AdminEmail;
        start.Environment["PANORAMA_ADMIN_PASSWORD"] = AdminPassword;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Read(e.Data, ready);
        _process.ErrorDataReceived += (_, e) => Read(e.Data, ready);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(StartTimeout, TestContext.Current.CancellationToken));
        Assert.True(first == ready.Task, $"panorama demo did not become ready ({(first == exited ? "it exited" : "timed out")}):\n{Output}");
    }

    private void Read(string? line, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (Ready().Match(line) is { Success: true } r)
        {
            BaseAddress = new Uri(r.Groups[1].Value);
        }
        else if (Portfolio().Match(line) is { Success: true } p)
        {
            PortfolioId = Guid.Parse(p.Groups[1].Value);
        }
        else if (Site().Match(line) is { Success: true } s)
        {
            Sites[s.Groups[1].Value] = new Uri(s.Groups[2].Value);
        }
        else if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying process: the temp folder is cleaned by the system.
        }
    }

    [GeneratedRegex(@"^Panorama demo is ready: (\S+)")]
    private static partial Regex Ready();

    [GeneratedRegex(@"portfolio: \S+/boxes/([0-9a-f-]{36})")]
    private static partial Regex Portfolio();

    [GeneratedRegex(@"Jira site (\w+)(?: \(primary\))?: (\S+)")]
    private static partial Regex Site();
}
