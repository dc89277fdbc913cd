using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Panorama.JiraSim;
using Spectre.Console;

namespace Panorama.Bench.Scenarios.JiraClient;

/// <summary>
/// Panorama's Jira client streaming a 100,000-issue <c>search/jql</c> from the simulator (no latency, pages of 100,
/// the fields a sync reads), against a naive client over the very same pages in the same run.
/// <para>
/// Throughput passes: simulator rate limits off and the client's limiters raised out of reach, so the parse path is
/// measured; the simulator's render cache is warmed by one raw pass first, so it is not the bottleneck. Limited pass:
/// a fresh simulator with Jira's limits on and the client's limiters as shipped (100 GET/s per endpoint, so at most
/// about 10,000 issues/s at 100 a page); it must see no 429.
/// </para>
/// </summary>
public sealed class JiraClientSearchScenario : IBenchScenario
{
    private const int Issues = 100_000;
    private const double Target = 20_000;
    private const int Rounds = 3;

    public string Name => "jira-client-search";

    public string Description => "Jira client streaming a 100,000-issue search vs a naive client; target >= 20,000 issues/s";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var loadBefore = LoadAverage();
        var (passes, raw, cacheMegabytes) = await ThroughputAsync(report, cancellationToken);
        var limited = await LimitedAsync(cancellationToken);
        var loadAfter = LoadAverage();

        var panorama = passes.Where(p => p.Reader == "panorama").MaxBy(p => p.IssuesPerSecond)!;
        var naive = passes.Where(p => p.Reader == "naive").MaxBy(p => p.IssuesPerSecond)!;
        var panoramaCpu = passes.Where(p => p.Reader == "panorama").Min(p => p.NetCpuMicrosecondsPerIssue(raw));
        var naiveCpu = passes.Where(p => p.Reader == "naive").Min(p => p.NetCpuMicrosecondsPerIssue(raw));
        var rows = passes.Prepend(raw).Select(p => Row(p, raw)).Append(Row(limited.Pass, null)).ToList();
        report.Console.WriteLine($"{Issues:N0} issues, pages of {SearchUrl.PageSize} with the fields a sync reads: "
            + $"{raw.Tally.Bytes / 1e6:N0} MB of JSON ({raw.Tally.Bytes / (double)Issues:N0} B/issue). Simulator in-process, no latency, "
            + $"render cache warm ({cacheMegabytes:N0} MB). {Environment.ProcessorCount} cores shared with other builds; "
            + $"load average {loadBefore} before, {loadAfter} after.");
        var width = report.Console.Profile.Width;
        report.Console.Profile.Width = Math.Max(width, 150);
        report.Table($"search/jql GET streamed to the last page: raw bytes, Panorama's client and a naive client ({Rounds} rounds), "
            + "then Panorama's client with its limiters as shipped against a simulator enforcing Jira's limits (cold cache)",
            ["reader", "issues", "pages", "s", "issues/s", "alloc MB", "B/issue", "B/issue net", "CPU µs/issue", "net", "GC 0/1/2"], rows);
        report.Console.Profile.Width = width;

        var speed = panorama.IssuesPerSecond / naive.IssuesPerSecond;
        var bytes = panorama.NetBytesPerIssue(raw) / naive.NetBytesPerIssue(raw);
        var cpu = panoramaCpu / naiveCpu;
        report.Console.WriteLine("B/issue and CPU µs/issue: the whole process (client, HTTP and the in-process simulator) per issue; "
            + "net: minus the raw reader's over the same pages, i.e. what reading costs beyond serving and moving the bytes.");
        report.Summary(Name, $"{panorama.IssuesPerSecond:N0} issues/s parsed (target >= {Target:N0}: "
            + $"{(panorama.IssuesPerSecond >= Target ? "met" : "NOT met")}), {panorama.NetBytesPerIssue(raw):N0} B/issue and "
            + $"{panoramaCpu:F1} CPU µs/issue net; naive {naive.IssuesPerSecond:N0} issues/s, {naive.NetBytesPerIssue(raw):N0} B/issue, "
            + $"{naiveCpu:F1} µs/issue; client/naive: {speed:F2}x the issues/s, {bytes:F2}x the bytes, {cpu:F2}x the CPU; "
            + $"limited {limited.Pass.IssuesPerSecond:N0} issues/s with {limited.Refused} 429s; load {loadBefore} -> {loadAfter}");
    }

    private static async Task<(List<SearchPass> Passes, SearchPass Raw, double CacheMegabytes)> ThroughputAsync(
        BenchReport report, CancellationToken cancellationToken)
    {
        await using var jira = await StartAsync(rateLimits: false, cancellationToken);
        var site = jira.Sites[0];
        var fields = SyncFields(site.State.FieldIds);
        var jql = $"project in ({string.Join(", ", site.State.ProjectKeys)}) ORDER BY id";
        using var http = RawHttp(site);
        var raw = new RawPageReader(http);
        var naive = new NaiveSearchReader(http);
        await using var panorama = new PanoramaSearchReader(site, limited: false);

        // One raw pass renders every issue into the simulator's cache; one unmeasured pass of each reader gets its code
        // to the JIT's final tier.
        var cold = await SearchPass.MeasureAsync("raw, cold", () => raw.ReadAsync(jql, fields, cancellationToken));
        report.Console.WriteLine($"Cache warm-up: {cold.Tally.Pages} pages in {cold.Elapsed.TotalSeconds:F1} s.");
        await naive.ReadAsync(jql, fields, cancellationToken);
        await panorama.ReadAsync(jql, fields, cancellationToken);

        var baseline = await SearchPass.MeasureAsync("raw (no parse)", () => raw.ReadAsync(jql, fields, cancellationToken));
        var passes = new List<SearchPass>();
        for (var round = 0; round < Rounds; round++)
        {
            passes.Add(await SearchPass.MeasureAsync("panorama", () => panorama.ReadAsync(jql, fields, cancellationToken)));
            passes.Add(await SearchPass.MeasureAsync("naive", () => naive.ReadAsync(jql, fields, cancellationToken)));
        }

        if (passes.Any(p => !p.Tally.SameAs(passes[0].Tally)) || passes[0].Tally.Issues != Issues || baseline.Tally.Issues != Issues)
        {
            throw new InvalidOperationException($"The readers did not all read the same {Issues:N0} issues.");
        }

        return (passes, baseline, site.Runtime.State.RenderBudget.Used / 1e6);
    }

    private static async Task<(SearchPass Pass, long Refused)> LimitedAsync(CancellationToken cancellationToken)
    {
        await using var jira = await StartAsync(rateLimits: true, cancellationToken);
        var site = jira.Sites[0];
        var fields = SyncFields(site.State.FieldIds);
        var jql = $"project in ({string.Join(", ", site.State.ProjectKeys)}) ORDER BY id";
        await using var panorama = new PanoramaSearchReader(site, limited: true);
        var pass = await SearchPass.MeasureAsync("panorama, limited", () => panorama.ReadAsync(jql, fields, cancellationToken));
        return (pass, site.Stats.Responses429);
    }

    private static Task<SimulatedJira> StartAsync(bool rateLimits, CancellationToken cancellationToken) =>
        SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("bench")],
            IssuesPerSite = Issues,
            Seed = 42,
            EnforceRateLimits = rateLimits,
            RenderCacheMegabytesPerSite = 2048,
        }, cancellationToken);

    /// <summary>What a sync reads: the typed fields of Panorama's model, the site's custom ones by their ids.</summary>
    private static string[] SyncFields(SiteFieldIds ids) =>
    [
        "summary", "status", "issuetype", "project", "parent", "assignee", "labels", "created", "updated", "duedate",
        "timeoriginalestimate", "timeestimate", "timespent", "fixVersions", "components", "issuelinks",
        ids.StartDate, ids.StoryPoints, ids.Sprint, ids.TargetStart, ids.TargetEnd,
    ];

    private static HttpClient RawHttp(SimulatedSite site)
    {
        var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{site.Email}:{site.ApiToken}")));
        return http;
    }

    /// <summary>A table row; net bytes only against <paramref name="raw"/> pages of the same warm simulator.</summary>
    private static IReadOnlyList<string> Row(SearchPass pass, SearchPass? raw) =>
    [
        pass.Reader, pass.Tally.Issues.ToString("N0", CultureInfo.InvariantCulture),
        pass.Tally.Pages.ToString(CultureInfo.InvariantCulture),
        pass.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture),
        pass.IssuesPerSecond.ToString("N0", CultureInfo.InvariantCulture),
        (pass.AllocatedBytes / 1e6).ToString("N0", CultureInfo.InvariantCulture),
        pass.BytesPerIssue.ToString("N0", CultureInfo.InvariantCulture),
        raw is null || pass == raw ? "-" : pass.NetBytesPerIssue(raw).ToString("N0", CultureInfo.InvariantCulture),
        pass.CpuMicrosecondsPerIssue.ToString("F1", CultureInfo.InvariantCulture),
        raw is null || pass == raw ? "-" : pass.NetCpuMicrosecondsPerIssue(raw).ToString("F1", CultureInfo.InvariantCulture),
        $"{pass.Collections.Gen0}/{pass.Collections.Gen1}/{pass.Collections.Gen2}",
    ];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
