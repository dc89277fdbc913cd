using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Panorama.Core.Tasks;
using Panorama.Data.Database;
using Panorama.JiraSim;
using Panorama.Testing.Databases;

namespace Panorama.Bench.Scenarios.Sync;

/// <summary>
/// SPEC 5 "Freshness": after an import, a person edits issues on the simulated site at a steady 200 edits/s (each
/// edit of a different issue through the control API; each fires a webhook delivered over real HTTP to the host) and
/// every edit's time to be committed in Panorama's store is measured. Target: p99 &lt;= 250 ms from the webhook
/// leaving the site (SPEC's "received"), nothing lost; the time from the edit itself (adds the simulator's send queue)
/// and the host's own received-to-committed histogram are shown beside it. SPEC sustains 60 s; the default here is 25 s
/// (<c>PANORAMA_BENCH_SECONDS</c> changes it). Before measuring, 5 s of edits at the same rate warm the host up: a
/// fresh process compiles the webhook path on its first deliveries (a ~1 s stall, also after 15 s idle), and right
/// after the import the runtime's background compiler is still busy with the import's hot code (warm-up p50 180-700 ms
/// then, 32 ms after 15 s idle; perf shows the compiler at 50-73% of a core for ~12 s). A server pays this once; SPEC
/// measures the sustained state. The table says how long the warm-up edits took.
/// The store is SQLite; <c>PANORAMA_BENCH_DB=postgres</c> runs it on a throwaway PostgreSQL database instead.
/// </summary>
public sealed class WebhookFreshnessScenario : IBenchScenario
{
    private const int Rate = 200;
    private const int WarmUpSeconds = 5;
    private const double TargetP99Ms = 250;
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);
    private static readonly int[] Percentiles = [50, 95, 99, 100];

    public string Name => "sync-webhook-freshness";

    public string Description => "Edits on the site at 200 webhooks/s: edit -> visible in the store p99 <= 250 ms, nothing lost";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("PANORAMA_BENCH_SECONDS"), out var s) ? s : 25;
        var edits = Rate * seconds;
        var warmUpEdits = Rate * WarmUpSeconds;
        var probe = new FreshnessProbe();
        using var webhooks = new TimedHandler(probe.Sending);
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("bench")],
            IssuesPerSite = edits + warmUpEdits,
            Seed = 42,
            EnforceRateLimits = true,
            WebhookHandlerFactory = () => webhooks,
            WebhookRetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)],
        }, cancellationToken);
        var site = jira.Sites[0];
        var provider = string.Equals(Environment.GetEnvironmentVariable("PANORAMA_BENCH_DB"), "postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;
        await using var database = provider == DatabaseProvider.Postgres ? await TestDatabase.CreateAsync(provider, cancellationToken) : null;
        await using var host = await SyncBenchHost.StartAsync(workers: true,
            database is null ? null : new DatabaseTarget(database.Provider, database.ConnectionString), cancellationToken);
        var connectionId = await host.ConnectAsync(site, webhook: true, cancellationToken);
        var import = await SyncBenchStore.WaitForImportAsync(host, connectionId, edits + warmUpEdits, TimeSpan.FromSeconds(90), cancellationToken);
        var all = await SyncBenchStore.TasksAsync(host, connectionId, cancellationToken);
        var tasks = all.Take(edits).ToList();
        var warmUp = await WarmUpAsync(host, connectionId, site, [.. all.Skip(edits)], cancellationToken);
        webhooks.Reset();

        using var listening = probe.Listen(host.Service<ITaskChangeFeed>(), connectionId);
        var run = await EditAsync(site, tasks, probe, cancellationToken);
        await SettleAsync(probe, cancellationToken);

        var stored = (await SyncBenchStore.TasksAsync(host, connectionId, cancellationToken)).ToDictionary(t => t.IssueId, t => t.Summary);
        var applied = tasks.Count(t => stored.TryGetValue(t.IssueId, out var summary) && summary == EditedSummary(t.Key));
        var endToEnd = probe.EndToEndMs;
        var hostSide = probe.HostMs;
        var sent = probe.SentMs;
        var stats = site.Stats;

        report.Table($"Webhook freshness: {edits:N0} edits at {Rate}/s ({run.SendRate:N0}/s achieved) after importing {tasks.Count:N0} issues in " +
            $"{import.TotalSeconds:F1} s; {provider}, 2 cores shared with other builds",
            ["measure", "samples", "p50 ms", "p95 ms", "p99 ms", "max ms"],
            [
                Row("webhook sent -> committed in store (SPEC)", sent),
                Row("edit on site -> committed (adds sim queue)", endToEnd),
                Row("webhook POST -> host answered 2xx (stored)", webhooks.Milliseconds),
                Row("webhook received -> committed (host histogram)", hostSide),
                Row($"warm-up before: {warmUpEdits:N0} edits, edit -> committed", warmUp),
            ]);
        report.Table("Deliveries",
            ["edits made", "refused by site", "webhooks sent", "webhooks failed", "seen in store", "store holds the edit"],
            [[Count(edits), Count(run.Refused), Count((int)stats.WebhooksSent), Count((int)stats.WebhooksFailed), Count(endToEnd.Count), Count(applied)]]);
        var p99 = BenchReport.Percentile(sent, 99);
        var lost = edits - run.Refused - applied;
        report.Summary(Name, $"webhook sent -> store p50 {Ms(BenchReport.Percentile(sent, 50))} ms, p99 {Ms(p99)} ms at {run.SendRate:N0} edits/s for {seconds} s " +
            $"on {provider} (target p99 <= {TargetP99Ms} ms: {(p99 <= TargetP99Ms ? "met" : "NOT met")}); {applied:N0} of {edits - run.Refused:N0} edits applied " +
            $"(nothing lost: {(lost == 0 ? "met" : "NOT met")}); edit on site -> store p99 {Ms(BenchReport.Percentile(endToEnd, 99))} ms");
    }

    /// <summary>Edits the warm-up issues at the measured rate and waits until the store holds every edit.</summary>
    private static async Task<IReadOnlyList<double>> WarmUpAsync(SyncBenchHost host, Guid connectionId, SimulatedSite site,
        IReadOnlyList<(long IssueId, string Key, string Summary)> tasks, CancellationToken cancellationToken)
    {
        var probe = new FreshnessProbe();
        using var listening = probe.Listen(host.Service<ITaskChangeFeed>(), connectionId);
        await EditAsync(site, tasks, probe, cancellationToken);
        await SettleAsync(probe, cancellationToken);

        return probe.EndToEndMs;
    }

    /// <summary>Waits until the store shows every edit made (at most <see cref="Grace"/>).</summary>
    private static async Task SettleAsync(FreshnessProbe probe, CancellationToken cancellationToken)
    {
        var settle = Stopwatch.StartNew();
        while (probe.Pending > 0 && settle.Elapsed < Grace)
        {
            await Task.Delay(50, cancellationToken);
        }
    }

    /// <summary>One edit per issue, started on a 200/s schedule (not waiting for earlier ones), so the rate holds even when a call is slow.</summary>
    private static async Task<(double SendRate, int Refused)> EditAsync(SimulatedSite site, IReadOnlyList<(long IssueId, string Key, string Summary)> tasks,
        FreshnessProbe probe, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var calls = new List<Task<bool>>(tasks.Count);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        var watch = Stopwatch.StartNew();
        while (calls.Count < tasks.Count && await timer.WaitForNextTickAsync(cancellationToken))
        {
            var due = Math.Min(tasks.Count, (int)(watch.Elapsed.TotalSeconds * Rate) + 1);
            while (calls.Count < due)
            {
                calls.Add(EditOneAsync(http, tasks[calls.Count], probe, cancellationToken));
            }
        }

        var sendRate = tasks.Count / watch.Elapsed.TotalSeconds;
        var results = await Task.WhenAll(calls);
        return (sendRate, results.Count(ok => !ok));
    }

    private static async Task<bool> EditOneAsync(HttpClient http, (long IssueId, string Key, string Summary) task, FreshnessProbe probe,
        CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["fields"] = new JsonObject { ["summary"] = EditedSummary(task.Key) } };
        probe.Edited(task.IssueId);
        using var response = await http.PutAsJsonAsync($"/_sim/issues/{task.Key}", body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            probe.Forget(task.IssueId);
        }

        return response.IsSuccessStatusCode;
    }

    private static string EditedSummary(string key) => $"{key} edited by the freshness bench";

    private static string[] Row(string measure, IReadOnlyList<double> samples) =>
        [measure, Count(samples.Count), .. Percentiles.Select(p => Ms(BenchReport.Percentile(samples, p)))];

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
