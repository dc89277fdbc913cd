using System.Net;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Faults;

public sealed class RateLimitingTests(RateLimitedSimulatorFixture fixture) : IClassFixture<RateLimitedSimulatorFixture>
{
    [Fact]
    public async Task ABurstAboveTheEndpointLimit_ShouldGet429_WithJirasHeaders()
    {
        using var client = JiraHttp.Client(fixture.Alpha);

        var responses = await Task.WhenAll(Enumerable.Range(0, 130).Select(_ => client.GetAsync("/rest/api/3/serverInfo", TestContext.Current.CancellationToken)));

        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(30, limited.Count);
        Assert.Equal(100, responses.Count(r => r.IsSuccessStatusCode));
        var first = limited[0];
        Assert.True(first.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("jira-burst-based", first.Headers.GetValues("RateLimit-Reason").Single());
        Assert.Equal("0", first.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.True(first.Headers.Contains("X-RateLimit-Reset"));
        Assert.Contains(responses, r => r.IsSuccessStatusCode && r.Headers.Contains("X-RateLimit-Limit"));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        // Other endpoints have their own buckets, and the bucket refills at 100 a second.
        await client.GetJsonAsync("/rest/api/3/myself");
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        await client.GetJsonAsync("/rest/api/3/serverInfo");
    }

    [Fact]
    public async Task MoreThan20WritesToOneIssueIn2Seconds_ShouldGet429_ForThatIssueOnly()
    {
        using var client = JiraHttp.Client(fixture.Alpha);
        var issues = fixture.Alpha.State.Issues().Where(i => i.IssueType != "Epic").Take(2).ToList();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 22; i++)
        {
            using var response = await client.PutAsync($"/rest/api/3/issue/{issues[0].Key}",
                new StringContent($$$"""{"fields": {"summary": "write {{{i}}}"}}""", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("jira-per-issue-on-write", response.Headers.GetValues("RateLimit-Reason").Single());
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.NoContent));
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        await client.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{issues[1].Key}", new { fields = new { summary = "another issue" } }, HttpStatusCode.NoContent);
    }
}
