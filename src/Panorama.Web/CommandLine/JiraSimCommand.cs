using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Panorama.JiraSim;

namespace Panorama.Web.CommandLine;

/// <summary>
/// <c>panorama jira-sim</c> (SPEC 4.1, 4.4): runs simulated Jira Cloud sites until Ctrl+C and prints, per site, the base
/// URL, the technical user's e-mail and API token, and where its control API is.
/// </summary>
internal static class JiraSimCommand
{
    public static Command Create()
    {
        var sites = new Option<string[]>("--site")
        {
            Description = "A site as name[:port] (repeat for several sites; port 0 or none picks a free port). Default: alpha.",
            HelpName = "name[:port]",
            AllowMultipleArgumentsPerToken = false,
        };
        var issues = new Option<int>("--issues") { Description = "Issues generated per site.", DefaultValueFactory = _ => 500 };
        var seed = new Option<int>("--seed") { Description = "Seed of everything generated; the same seed gives the same sites.", DefaultValueFactory = _ => 42 };
        var latency = new Option<int>("--latency-ms") { Description = "Latency added to every Jira REST request." };
        var faults = new Option<string?>("--faults")
        {
            Description = "Faults, e.g. drop=0.1,duplicate=0.1,reorder=0.2,delay-ms=2000,http429=0.02,http5xx=0.01.",
            HelpName = "name=value,...",
        };
        var token = new Option<string?>("--token") { Description = "Use this API token for every site's technical user instead of a generated one." };
        var noLimits = new Option<bool>("--no-rate-limits") { Description = "Do not enforce Jira's burst and per-issue write limits." };
        var command = new Command("jira-sim", "Run simulated Jira Cloud sites (REST API, webhooks, faults, control API under /_sim) until Ctrl+C.")
        {
            sites, issues, seed, latency, faults, token, noLimits,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            SimulatorOptions options;
            try
            {
                options = new SimulatorOptions
                {
                    Sites = ParseSites(parseResult.GetValue(sites) ?? [], parseResult.GetValue(token)),
                    IssuesPerSite = parseResult.GetValue(issues),
                    Seed = parseResult.GetValue(seed),
                    LatencyMs = parseResult.GetValue(latency),
                    Faults = FaultSettings.Parse(parseResult.GetValue(faults)),
                    EnforceRateLimits = !parseResult.GetValue(noLimits),
                };
            }
            catch (FormatException ex)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"panorama: {ex.Message}");
                return PanoramaCommandLine.UsageError;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            try
            {
                return await RunAsync(options, parseResult.InvocationConfiguration.Output, stop.Token);
            }
            catch (Exception ex) when (ex is ArgumentException or IOException)
            {
                // A bad site name, or a port that is taken: one line that says what to change, no stack trace.
                await parseResult.InvocationConfiguration.Error.WriteLineAsync($"panorama: {ex.Message}");
                return ex is ArgumentException ? PanoramaCommandLine.UsageError : 1;
            }

            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }
        });
        return command;
    }

    /// <summary>Starts the sites, prints how to reach them and runs until <paramref name="cancellationToken"/> fires.</summary>
    internal static async Task<int> RunAsync(SimulatorOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        await using var jira = await SimulatedJira.StartAsync(options, cancellationToken);
        await output.WriteLineAsync($"Simulated Jira Cloud: {jira.Sites.Count} site(s), {options.IssuesPerSite} issues each, seed {options.Seed}.");
        foreach (var site in jira.Sites)
        {
            await output.WriteLineAsync($"site {site.Name}");
            await output.WriteLineAsync($"  url:     {site.BaseUrl}");
            await output.WriteLineAsync($"  email:   {site.Email}");
            await output.WriteLineAsync($"  token:   {site.ApiToken}");
            await output.WriteLineAsync($"  control: {site.BaseUrl}/_sim (state, stats, faults, outage, screens, users, issues, links)");
        }

        await output.WriteLineAsync("Press Ctrl+C to stop.");
        await output.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }

    internal static List<SiteOptions> ParseSites(IReadOnlyList<string> values, string? token)
    {
        if (values.Count == 0)
        {
            return [new SiteOptions("alpha", 0, token)];
        }

        return values.Select(value =>
        {
            var parts = value.Split(':', 2);
            var port = 0;
            if (parts.Length == 2 && !(int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535))
            {
                throw new FormatException($"--site '{value}' is not name[:port] with a port between 0 and 65535.");
            }

            return new SiteOptions(parts[0], port, token);
        }).ToList();
    }
}
