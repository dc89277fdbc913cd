using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Panorama.Jira.Client;
using Panorama.Jira.Errors;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// 429s from the simulated site's own burst and per-issue limits, and 503s from an outage, on a clock the site and the
/// client share: the client waits exactly what <c>Retry-After</c> says, sends nothing earlier, and then succeeds.
/// </summary>
public sealed class RidingOutRateLimitsAndOutagesTests
{
    private static readonly TimeSpan Millisecond = TimeSpan.FromMilliseconds(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ABurst429FromTheSite_ShouldBeWaitedOutExactly_ThenSucceed()
    {
        await using var world = await SharedClockSite.StartAsync(enforceRateLimits: true);

        // Another caller used up this second's budget of GET /myself; the site's clock stands still, so it stays used.
        using var other = world.OtherCaller();
        var allowed = 0;
        while (true)
        {
            using var response = await other.GetAsync("/rest/api/3/myself", Ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                break;
            }

            allowed++;
        }

        var call = world.Host.Client.GetMyselfAsync(world.Ct);
        await world.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(1), Ct);
        world.Clock.Advance(TimeSpan.FromSeconds(1) - Millisecond);
        var refused = Assert.Single(world.Wire.Exchanges);
        Assert.False(call.IsCompleted);
        world.Clock.Advance(Millisecond);
        var me = await world.CompletesAsync(call);

        Assert.Equal(100, allowed);
        Assert.Equal((429, TimeSpan.FromSeconds(1)), (refused.Status, refused.RetryAfter));
        Assert.Equal("jira-burst-based", refused.RateLimitReason);
        Assert.Equal(world.Site.Email, me.EmailAddress);
        Assert.Equal([429, 200], world.Wire.Exchanges.Select(e => e.Status));
        Assert.Equal(TimeSpan.FromSeconds(1), world.Wire.Exchanges[1].At - refused.At);
    }

    [Fact]
    public async Task APerIssue429FromTheSite_ShouldHoldThatIssueForRetryAfter_WhileOtherIssuesAreWritten()
    {
        await using var world = await SharedClockSite.StartAsync(enforceRateLimits: true);
        var busy = world.Site.State.Issues()[0].Key;
        var calm = world.Site.State.Issues()[1].Key;

        // Someone else wrote to the issue 20 times within this 2 s window: Jira allows no 21st.
        using var other = world.OtherCaller();
        for (var i = 0; i < 20; i++)
        {
            using var written = await other.PutAsJsonAsync($"/rest/api/3/issue/{busy}",
                new { fields = new { summary = $"Edit {i}" } }, Ct);
            Assert.Equal(HttpStatusCode.NoContent, written.StatusCode);
        }

        var held = world.Host.Client.EditIssueAsync(busy, Due("2026-04-30"), cancellationToken: world.Ct);
        await world.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2), Ct);
        await world.CompletesAsync(world.Host.Client.EditIssueAsync(calm, Due("2026-04-30"), cancellationToken: world.Ct));
        world.Clock.Advance(TimeSpan.FromSeconds(2) - Millisecond);
        Assert.False(held.IsCompleted);
        world.Clock.Advance(Millisecond);
        await world.CompletesAsync(held);

        var writes = world.Wire.To("PUT", $"/rest/api/3/issue/{busy}");
        Assert.Equal([429, 204], writes.Select(e => e.Status));
        Assert.Equal("jira-per-issue-on-write", writes[0].RateLimitReason);
        Assert.Equal((TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)), (writes[0].RetryAfter, writes[1].At - writes[0].At));
        Assert.Equal(writes[0].At, world.Wire.To("PUT", $"/rest/api/3/issue/{calm}").Single().At);
        Assert.Equal(new DateOnly(2026, 4, 30), world.Site.State.Issue(busy)!.DueDate);
    }

    [Fact]
    public async Task AShortOutage_ShouldBeRetriedAfterRetryAfter_AndTheSearchGoesOnWithoutLosingAnIssue()
    {
        await using var world = await SharedClockSite.StartAsync(enforceRateLimits: false, issues: 250);
        var project = world.Site.State.ProjectKeys[0];
        var expected = world.Site.State.Issues().Where(i => i.ProjectKey == project).Select(i => i.Key).Order().ToList();
        var seen = new List<string>();

        var search = Task.Run(async () =>
        {
            await foreach (var issue in world.Host.Client.SearchAsync(new JiraSearchRequest($"project = {project}")
            {
                Fields = ["summary"],
                MaxResults = 25,
            }, world.Ct))
            {
                seen.Add(issue.Key!);
                if (seen.Count == 1)
                {
                    world.Site.StartOutage(TimeSpan.FromSeconds(5));
                }
            }
        }, Ct);
        await world.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5), Ct);
        world.Clock.Advance(TimeSpan.FromSeconds(5) - Millisecond);
        Assert.False(search.IsCompleted);
        world.Clock.Advance(Millisecond);
        await world.CompletesAsync(search);

        Assert.Equal(expected, seen.Order());
        var pages = world.Wire.Exchanges;
        Assert.Equal([200, 503, 200], pages.Take(3).Select(e => e.Status));
        Assert.All(pages.Skip(3), e => Assert.Equal(200, e.Status));
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)), (pages[1].RetryAfter, pages[2].At - pages[1].At));
        Assert.Equal(pages[1].RequestBody, pages[2].RequestBody);
    }

    [Fact]
    public async Task AnOutageLongerThanAMinute_ShouldFailAsSiteUnreachable_AtOnce_WithTheWait()
    {
        await using var world = await SharedClockSite.StartAsync(enforceRateLimits: false);
        world.Site.StartOutage(TimeSpan.FromMinutes(10));

        var error = await Assert.ThrowsAsync<JiraException>(() => world.Host.Client.GetFieldsAsync(world.Ct));

        Assert.Equal((JiraErrorKind.SiteUnreachable, 503, TimeSpan.FromMinutes(10)), (error.Kind, error.StatusCode, error.RetryAfter));
        Assert.Contains("Jira site 'alpha' did not process GET /rest/api/3/field (HTTP 503)", error.Message, StringComparison.Ordinal);
        Assert.Single(world.Wire.Exchanges);
    }

    [Fact]
    public async Task Random429sWithRetryAfter_ShouldEachBeWaitedOut_AndTheImportCompletes()
    {
        // Real time. Which requests get a 429 follows from the seed, because the pages are asked for one by one.
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("alpha")],
            IssuesPerSite = 300,
            Seed = SimulatedSitesFixture.Seed,
            EnforceRateLimits = false,
            Faults = new FaultSettings { Http429 = 0.2 },
        }, Ct);
        var site = jira.Sites[0];
        var wire = new WireRecorder();
        await using var host = SimulatorClient.Create(site, wire);
        using var retries = host.Metric<long>("panorama.jira.retries");
        var jql = $"project in ({string.Join(", ", site.State.ProjectKeys)}) ORDER BY id";

        var issues = await host.Client.SearchAsync(new JiraSearchRequest(jql) { Fields = ["summary"], MaxResults = 25 }, Ct).ToListAsync(Ct);
        var count = await host.Client.ApproximateCountAsync(jql, Ct);

        Assert.Equal(site.State.Issues().Select(i => i.Key), issues.Select(i => i.Key));
        Assert.Equal(300, count);
        var exchanges = wire.Exchanges;
        var refused = Enumerable.Range(0, exchanges.Count).Where(i => exchanges[i].Status == 429).ToList();
        Assert.True(refused.Count >= 2, $"Seed {SimulatedSitesFixture.Seed} gave {refused.Count} 429s; the test needs some.");
        Assert.Equal((site.Stats.Responses429, refused.Count), (refused.Count, retries.GetMeasurementSnapshot().Count));
        Assert.All(refused, i =>
        {
            var (rejected, retry) = (exchanges[i], exchanges[i + 1]);
            Assert.Equal((rejected.Path, rejected.RequestBody, TimeSpan.FromSeconds(1)), (retry.Path, retry.RequestBody, rejected.RetryAfter));
            Assert.True(retry.At - rejected.At >= rejected.RetryAfter, $"Retried after {retry.At - rejected.At}.");
        });
    }

    private static JsonObject Due(string date) => new() { ["duedate"] = date };
}
