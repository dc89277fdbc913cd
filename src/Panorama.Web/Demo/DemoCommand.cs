using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using Panorama.Data.Database;
using Panorama.JiraSim;
using Panorama.Web.CommandLine;
using Panorama.Web.Hosting;

namespace Panorama.Web.Demo;

/// <summary>
/// <c>panorama demo</c> (SPEC 4.1): simulated Jira Cloud sites in this process, connected (the first as primary) with
/// mappings, a portfolio box with programs and projects over them, imported, then served until Ctrl+C.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultUrl = "http://localhost:5080";

    public static Command Create()
    {
        var sites = new Option<int>("--sites") { Description = "How many simulated Jira Cloud sites (1-8); the first is the primary.", DefaultValueFactory = _ => 3 };
        var issues = new Option<int>("--issues") { Description = "Issues generated per site (1-100000).", DefaultValueFactory = _ => 300 };
        var urls = CommonOptions.Urls();
        urls.Description = $"Where Panorama listens (one http URL on this machine). Default: {DefaultUrl}.";
        var db = CommonOptions.Database();
        db.Description = $"The store to use: {DatabaseTarget.Syntax}. Default: a new SQLite file {DemoStore.DefaultPath} " +
                         "(replaced at every start). A store given here must not hold connections yet.";
        var command = new Command("demo", "Start simulated Jira Cloud sites, connect them (the first as primary), seed mappings and a " +
                                          "portfolio box with sub-boxes, import, and serve. Needs nothing but the .NET SDK.")
        {
            sites, issues, urls, db,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var siteCount = parseResult.GetValue(sites);
            var issueCount = parseResult.GetValue(issues);
            if (siteCount is < 1 or > 8 || issueCount is < 1 or > 100_000)
            {
                await error.WriteLineAsync("panorama: use --sites from 1 to 8 and --issues from 1 to 100000.");
                return PanoramaCommandLine.UsageError;
            }

            if (!TryListenUrl(parseResult.GetValue(urls) ?? DefaultUrl, out var url, out var problem))
            {
                await error.WriteLineAsync($"panorama: {problem}");
                return PanoramaCommandLine.UsageError;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var options = new DemoOptions(siteCount, issueCount, url, parseResult.GetValue(db), [.. parseResult.UnmatchedTokens]);
            return await RunAsync(options, output, error, stop.Token);

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }

    /// <summary>Runs the demo until <paramref name="cancellationToken"/> fires; <paramref name="ready"/> hears when it serves.</summary>
    internal static async Task<int> RunAsync(DemoOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        Func<DemoReady, Task>? ready = null)
    {
        var store = options.Database ?? DemoStore.Fresh();
        var admin = DemoAdmin.FromEnvironment();
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [.. DemoSites.Names.Take(options.Sites).Select(n => new SiteOptions(n))],
            IssuesPerSite = options.Issues,
            Seed = 42,
        }, cancellationToken);

        WebApplication app;
        try
        {
            app = PanoramaHost.Build(new HostSettings(options.Url, store,
            [
                "--Jira:AllowInsecureLoopback=true",
                $"--Panorama:PublicBaseUrl={options.Url}",
                // A person reads this console: one line per warning, not the JSON log lines a server's collector wants.
                "--Logging:Console:FormatterName=simple",
                "--Logging:Console:FormatterOptions:SingleLine=true",
                "--Logging:LogLevel:Default=Warning",
                .. admin.ToArguments(),
                .. options.HostArguments,
            ]));
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"panorama: configuration is not valid: {string.Join(" ", ex.Failures)}");
            return 1;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                await error.WriteLineAsync($"panorama: cannot listen on {options.Url}: {ex.Message} Choose another with --urls.");
                return 1;
            }

            var seeded = await DemoSetup.RunAsync(app.Services, jira, output, error, cancellationToken);
            if (seeded is null)
            {
                await app.StopAsync(CancellationToken.None);
                return 1;
            }

            await DemoBanner.WriteAsync(output, options.Url, admin, jira, seeded, cancellationToken);
            if (ready is not null)
            {
                await ready(new DemoReady(options.Url, admin, jira, seeded));
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            await app.StopAsync(CancellationToken.None);
        }

        return 0;
    }

    /// <summary>
    /// The one URL to listen on. Webhooks from the simulated sites are sent to it, so it must be http on this machine
    /// with a port; port 0 is replaced by a free one because the webhooks need the real one before the host starts.
    /// </summary>
    internal static bool TryListenUrl(string value, out string url, out string? problem)
    {
        url = "";
        problem = null;
        if (value.Contains(';', StringComparison.Ordinal) || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != "http" ||
            !(uri.IsLoopback || uri.Host == "localhost") || uri.AbsolutePath != "/")
        {
            problem = $"--urls '{value}' must be one http URL on this machine, e.g. {DefaultUrl} (the simulated sites call its webhook receiver).";
            return false;
        }

        var port = uri.Port;
        if (port == 0)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        url = $"http://{uri.Host}:{port}";
        return true;
    }
}

/// <summary>What <c>panorama demo</c> was asked for.</summary>
internal sealed record DemoOptions(int Sites, int Issues, string Url, DatabaseTarget? Database, string[] HostArguments);

/// <summary>The running demo, for tests.</summary>
internal sealed record DemoReady(string Url, DemoAdmin Admin, SimulatedJira Jira, DemoSeeded Seeded);
