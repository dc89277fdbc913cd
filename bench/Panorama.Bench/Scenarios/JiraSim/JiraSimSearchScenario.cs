using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Panorama.JiraSim;

namespace Panorama.Bench.Scenarios.JiraSim;

/// <summary>
/// How fast one simulated site serves <c>search/jql</c> pages of 100 issues with every field (<c>fields=*all</c>),
/// with no latency and rate limits off: the simulator must never be the bottleneck (target &gt;= 20,000 issues/s).
/// Each pager walks one project by <c>nextPageToken</c>; the first pass renders every issue (cold), later passes
/// are served from the per-issue JSON cache (warm).
/// </summary>
public sealed class JiraSimSearchScenario : IBenchScenario
{
    private const int Issues = 20_000;
    private const double Target = 20_000;

    public string Name => "jirasim-search";

    public string Description => "Simulator search/jql pages of 100 issues with all fields; target >= 20,000 issues/s";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("bench")],
            IssuesPerSite = Issues,
            Seed = 42,
            EnforceRateLimits = false,
        }, cancellationToken);
        var site = jira.Sites[0];
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 16 }) { BaseAddress = new Uri(site.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{site.Email}:{site.ApiToken}")));
        var projects = site.State.ProjectKeys;

        var rows = new List<IReadOnlyList<string>>();
        double best = 0;
        foreach (var (pass, pagers) in new[] { ("cold", 1), ("warm", 1), ("warm", 2), ("warm", 4) })
        {
            var watch = Stopwatch.StartNew();
            var results = await Task.WhenAll(Enumerable.Range(0, pagers).SelectMany(_ => projects).Select(p => WalkAsync(client, p, cancellationToken)));
            var seconds = watch.Elapsed.TotalSeconds;
            var issues = results.Sum(r => r.Issues);
            var rate = issues / seconds;
            if (pass == "warm")
            {
                best = Math.Max(best, rate);
            }

            rows.Add([pass, (pagers * projects.Count).ToString(CultureInfo.InvariantCulture), results.Sum(r => r.Pages).ToString(CultureInfo.InvariantCulture),
                issues.ToString(CultureInfo.InvariantCulture), seconds.ToString("F2", CultureInfo.InvariantCulture), rate.ToString("N0", CultureInfo.InvariantCulture),
                (results.Sum(r => r.Bytes) / seconds / 1e6).ToString("F1", CultureInfo.InvariantCulture)]);
        }

        report.Table($"search/jql, fields=*all, maxResults=100, {Issues:N0} issues on one site (machine shared with other builds)",
            ["pass", "pagers", "pages", "issues", "seconds", "issues/s", "MB/s"], rows);
        report.Summary(Name, $"{best:N0} issues/s warm with all fields, pages of 100 (target >= {Target:N0}: {(best >= Target ? "met" : "NOT met")})");
    }

    private static async Task<(int Pages, int Issues, long Bytes)> WalkAsync(HttpClient client, string project, CancellationToken cancellationToken)
    {
        var pages = 0;
        var issues = 0;
        long bytes = 0;
        string? token = null;
        do
        {
            var url = $"/rest/api/3/search/jql?jql=project%20%3D%20{project}&fields=*all&maxResults=100" +
                      (token is null ? "" : "&nextPageToken=" + Uri.EscapeDataString(token));
            var body = await client.GetByteArrayAsync(url, cancellationToken);
            bytes += body.Length;
            pages++;
            issues += CountIssues(body);
            token = NextPageToken(body);
        }
        while (token is not null);

        return (pages, issues, bytes);
    }

    /// <summary>Each issue bean starts with its <c>expand</c> property; counting them avoids parsing megabytes per page.</summary>
    private static int CountIssues(ReadOnlySpan<byte> body)
    {
        var marker = "{\"expand\":"u8;
        var count = 0;
        int index;
        while ((index = body.IndexOf(marker)) >= 0)
        {
            count++;
            body = body[(index + marker.Length)..];
        }

        return count;
    }

    /// <summary>The token follows the issues, so it is near the end of the body.</summary>
    private static string? NextPageToken(ReadOnlySpan<byte> body)
    {
        var marker = "\"nextPageToken\":\""u8;
        var tail = body[Math.Max(0, body.Length - 512)..];
        var index = tail.LastIndexOf(marker);
        if (index < 0)
        {
            return null;
        }

        var rest = tail[(index + marker.Length)..];
        return Encoding.UTF8.GetString(rest[..rest.IndexOf((byte)'"')]);
    }
}
