using System.Text.Json.Nodes;
using Panorama.Jira.Errors;
using Panorama.Jira.Tests.Support;

namespace Panorama.Jira.Tests.Client;

/// <summary>
/// 429s, 5xx and timeouts on fake time: the test waits until the client has armed its wait, checks that nothing is
/// sent a millisecond early, then moves time to the exact moment and sees the retry succeed.
/// </summary>
public sealed class RetryTests
{
    private const string Myself = "/rest/api/3/myself";
    private static readonly FakeResponse Ok = FakeResponse.File("spec-examples/myself.GET.200.json");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FakeResponse TooMany(string? retryAfter = null, string? reason = null) => FakeResponse.Json(429, "{}",
        [.. retryAfter is null ? Array.Empty<(string, string)>() : [("Retry-After", retryAfter)],
            .. reason is null ? Array.Empty<(string, string)>() : [("RateLimit-Reason", reason)]]);

    [Fact]
    public async Task A429WithRetryAfter_ShouldBeWaitedOutExactly_ThenSucceed()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("GET", Myself, TooMany("7", "jira-burst-based"), Ok);
        var clock = server.Host.Clock;

        var call = server.Host.Client.GetMyselfAsync(Ct);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(7), Ct);
        clock.Advance(TimeSpan.FromSeconds(7) - TimeSpan.FromMilliseconds(1));

        Assert.Single(server.Jira.Requests);
        Assert.False(call.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var me = await call.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal("Mia Krystof", me.DisplayName);
        var requests = server.Jira.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(7), requests[1].ReceivedAt - requests[0].ReceivedAt);
    }

    [Fact]
    public async Task A429WithoutRetryAfter_ShouldBackOffExponentiallyFromTwoSeconds()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("GET", Myself, TooMany(), TooMany(), Ok);
        var clock = server.Host.Clock;

        var call = server.Host.Client.GetMyselfAsync(Ct);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(2), Ct);
        clock.ForgetArmedTimers();
        clock.Advance(TimeSpan.FromSeconds(2));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(4), Ct);
        clock.Advance(TimeSpan.FromSeconds(4));
        await call.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var times = server.Jira.Requests.Select(r => r.ReceivedAt).ToList();
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], [times[1] - times[0], times[2] - times[1]]);
    }

    [Fact]
    public async Task A503_ShouldBeRetried_AndCounted()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        using var retries = server.Host.Metric<long>("panorama.jira.retries");
        using var requests = server.Host.Metric<long>("panorama.jira.requests");
        server.Jira.OnSequence("GET", Myself, FakeResponse.Json(503, "{}"), Ok);

        var call = server.Host.Client.GetMyselfAsync(Ct);
        await server.Host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2), Ct);
        server.Host.Clock.Advance(TimeSpan.FromSeconds(2));
        await call.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var retry = Assert.Single(retries.GetMeasurementSnapshot());
        Assert.Equal("503", retry.Tags["jira.retry.cause"]);
        Assert.Equal(server.Host.Site.SiteKey, retry.Tags["jira.site"]);
        Assert.Equal(["503", "200"], requests.GetMeasurementSnapshot().Select(m => (string)m.Tags["http.response.status_code"]!));
    }

    [Fact]
    public async Task A503ThatLasts_ShouldGiveUpAfterFourRetries_AsSiteUnreachable()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", Myself, _ => FakeResponse.Json(503, """{"errorMessages":["Service unavailable"],"errors":{}}"""));
        var clock = server.Host.Clock;

        var call = server.Host.Client.GetMyselfAsync(Ct);
        foreach (var seconds in new[] { 2, 4, 8, 16 })
        {
            await clock.WaitForTimerAsync(TimeSpan.FromSeconds(seconds), Ct);
            clock.ForgetArmedTimers();
            clock.Advance(TimeSpan.FromSeconds(seconds));
        }

        var error = await Assert.ThrowsAsync<JiraException>(() => call.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Equal(JiraErrorKind.SiteUnreachable, error.Kind);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(5, server.Jira.Requests.Count);
    }

    [Fact]
    public async Task ASearchPost_ShouldBeRetried_BecauseItOnlyReads()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("POST", "/rest/api/3/search/jql", FakeResponse.Json(502, "{}"),
            FakeResponse.File("spec-examples/search-jql.GET.200.json"));

        var call = server.Host.Client.SearchAsync(new("project = ED"), Ct).ToListAsync(Ct).AsTask();
        await server.Host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(2), Ct);
        server.Host.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Single(await call.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.Equal(2, server.Jira.Requests.Count);
    }

    [Fact]
    public async Task CreatingAnIssue_ShouldNotBeRetriedBlindly_AfterA503()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("POST", "/rest/api/3/issue", FakeResponse.Json(503, "{}"),
            FakeResponse.File("spec-examples/issue.POST.201.json") with { Status = 201 });

        var error = await Assert.ThrowsAsync<JiraException>(() => server.Host.Client.CreateIssueAsync(
            new JsonObject { ["summary"] = "Once only" }, cancellationToken: Ct));

        Assert.Equal(JiraErrorKind.SiteUnreachable, error.Kind);
        Assert.Single(server.Jira.Requests);
    }

    [Fact]
    public async Task CreatingAnIssue_After429_ShouldFailWithTheWait_AndHoldTheNextCreateUntilThen()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("POST", "/rest/api/3/issue", TooMany("3", "jira-burst-based"),
            FakeResponse.File("spec-examples/issue.POST.201.json") with { Status = 201 });

        var error = await Assert.ThrowsAsync<JiraException>(() => server.Host.Client.CreateIssueAsync(
            new JsonObject { ["summary"] = "A" }, cancellationToken: Ct));
        var next = server.Host.Client.CreateIssueAsync(new JsonObject { ["summary"] = "B" }, cancellationToken: Ct);
        await WaitUntilAsync(() => server.Host.Limiters.QueuedCount == 1);

        Assert.Equal((JiraErrorKind.RateLimited, TimeSpan.FromSeconds(3), "jira-burst-based"),
            (error.Kind, error.RetryAfter, error.RateLimitReason));
        Assert.Contains("Try again after 3 s", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Jira.Requests);
        server.Host.Clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("ED-24", (await next.WaitAsync(TimeSpan.FromSeconds(30), Ct)).Key);
        Assert.Equal(TimeSpan.FromSeconds(3), server.Jira.Requests.Last().ReceivedAt - server.Jira.Requests.First().ReceivedAt);
    }

    [Fact]
    public async Task ARetryAfterLongerThanAMinute_ShouldBeHandedToTheCaller()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", Myself, _ => TooMany("120", "jira-quota-tenant-based"));

        var error = await Assert.ThrowsAsync<JiraException>(() => server.Host.Client.GetMyselfAsync(Ct));

        Assert.Equal(JiraErrorKind.RateLimited, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Single(server.Jira.Requests);
    }

    [Fact]
    public async Task APerIssue429_ShouldSlowThatIssueOnly()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("PUT", "/rest/api/3/issue/OPS-1", TooMany("5", "jira-per-issue-on-write"), FakeResponse.Empty(204));
        server.Jira.On("PUT", "/rest/api/3/issue/OPS-2", _ => FakeResponse.Empty(204));
        var client = server.Host.Client;
        var fields = () => new JsonObject { ["duedate"] = "2026-03-31" };

        var first = client.EditIssueAsync("OPS-1", fields(), cancellationToken: Ct);
        await server.Host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(5), Ct);
        await client.EditIssueAsync("OPS-2", fields(), cancellationToken: Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var sameIssue = client.EditIssueAsync("OPS-1", fields(), cancellationToken: Ct);
        await WaitUntilAsync(() => server.Host.Limiters.QueuedCount == 1);

        Assert.False(first.IsCompleted);
        server.Host.Clock.Advance(TimeSpan.FromSeconds(5));
        await Task.WhenAll(first, sameIssue).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var start = server.Jira.Requests.First().ReceivedAt;
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)],
            server.Jira.RequestsTo("PUT", "/rest/api/3/issue/OPS-1").Select(r => r.ReceivedAt - start));
        Assert.Equal(TimeSpan.Zero, server.Jira.RequestsTo("PUT", "/rest/api/3/issue/OPS-2").Single().ReceivedAt - start);
    }

    [Fact]
    public async Task ABurst429_ShouldSlowThatEndpointOnly()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("GET", Myself, TooMany("3", "jira-burst-based"), Ok);
        server.Jira.On("GET", "/rest/api/3/field", _ => FakeResponse.Json(200, "[]"));
        var client = server.Host.Client;

        var first = client.GetMyselfAsync(Ct);
        await server.Host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(3), Ct);
        Assert.Empty(await client.GetFieldsAsync(Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct));
        var second = client.GetMyselfAsync(Ct);
        await WaitUntilAsync(() => server.Host.Limiters.QueuedCount == 1);

        Assert.Equal(2, server.Jira.Requests.Count);
        server.Host.Clock.Advance(TimeSpan.FromSeconds(3));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(4, server.Jira.Requests.Count);
    }

    [Fact]
    public async Task AQuota429_ShouldPauseEveryCallToTheSite()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("GET", "/rest/api/3/serverInfo", TooMany("4", "jira-quota-global-based"),
            FakeResponse.Json(200, """{"deploymentType":"Cloud"}"""));
        server.Jira.On("GET", "/rest/api/3/field", _ => FakeResponse.Json(200, "[]"));
        var client = server.Host.Client;

        var info = client.GetServerInfoAsync(Ct);
        await server.Host.Clock.WaitForTimerAsync(TimeSpan.FromSeconds(4), Ct);
        var fields = client.GetFieldsAsync(Ct);
        await WaitUntilAsync(() => server.Host.Limiters.QueuedCount == 1);

        server.Host.Clock.Advance(TimeSpan.FromSeconds(4) - TimeSpan.FromMilliseconds(1));
        Assert.False(fields.IsCompleted);
        Assert.Single(server.Jira.Requests);
        server.Host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True((await info.WaitAsync(TimeSpan.FromSeconds(30), Ct)).IsCloud);
        Assert.Empty(await fields.WaitAsync(TimeSpan.FromSeconds(30), Ct));
    }

    [Fact]
    public async Task AnAttemptThatHangs_ShouldTimeOut_AndBeRetried()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("GET", Myself, FakeResponse.Hang(), Ok);
        var clock = server.Host.Clock;

        var call = server.Host.Client.GetMyselfAsync(Ct);
        await WaitUntilAsync(() => !server.Jira.Requests.IsEmpty);
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(100), Ct);
        clock.ForgetArmedTimers();
        clock.Advance(TimeSpan.FromSeconds(100));
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(2), Ct);
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal("Mia Krystof", (await call.WaitAsync(TimeSpan.FromSeconds(30), Ct)).DisplayName);
        Assert.Equal(2, server.Jira.Requests.Count);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(30), "The condition did not come true in 30 s.");
            await Task.Delay(5, Ct);
        }
    }
}
