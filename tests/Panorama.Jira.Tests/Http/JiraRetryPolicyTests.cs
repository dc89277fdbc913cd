using System.Net;
using Microsoft.Extensions.Time.Testing;
using Panorama.Jira.Connections;
using Panorama.Jira.Http;
using Polly;

namespace Panorama.Jira.Tests.Http;

public sealed class JiraRetryPolicyTests
{
    private static readonly JiraSite Site = new(Guid.NewGuid(), "beta", new Uri("https://beta.atlassian.net"));

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(31337)]
    public void DelayFor_ShouldDoubleFromTwoSeconds_WithJitterBetween07And13_CappedAt30(int seed)
    {
        var policy = new JiraRetryPolicy(new JiraRetryOptions { JitterSeed = seed }, new FakeTimeProvider());
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        for (var attempt = 0; attempt < 8; attempt++)
        {
            var delay = policy.DelayFor(attempt, Outcome.FromResult(response)).TotalSeconds;
            var nominal = 2 * Math.Pow(2, attempt);
            Assert.True(delay >= Math.Min(nominal * 0.7, 30) && delay <= Math.Min(nominal * 1.3, 30),
                $"Seed {seed}, attempt {attempt}: {delay} s.");
        }
    }

    [Fact]
    public void DelayFor_ShouldUseRetryAfter_AsSecondsOrAsADate()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var policy = new JiraRetryPolicy(new JiraRetryOptions(), time);
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { { "Retry-After", "9" } } };
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { { "Retry-After", "Mon, 02 Mar 2026 09:00:12 GMT" } } };

        Assert.Equal(TimeSpan.FromSeconds(9), policy.DelayFor(3, Outcome.FromResult(seconds)));
        Assert.Equal(TimeSpan.FromSeconds(12), policy.DelayFor(0, Outcome.FromResult(date)));
    }

    [Theory]
    [InlineData("GET", true, 429, true)]
    [InlineData("GET", true, 503, true)]
    [InlineData("GET", true, 408, true)]
    [InlineData("GET", true, 404, false)]
    [InlineData("GET", true, 400, false)]
    [InlineData("PUT", true, 500, true)]
    [InlineData("POST", true, 502, true)]
    [InlineData("POST", false, 503, false)]
    [InlineData("POST", false, 429, false)]
    public void ShouldRetry_ShouldOnlyRetryTransientAnswersOfIdempotentRequests(string method, bool idempotent, int status,
        bool expected)
    {
        var policy = new JiraRetryPolicy(new JiraRetryOptions(), new FakeTimeProvider());
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://beta.atlassian.net/x");
        request.Options.Set(JiraRequestInfo.Key, new JiraRequestInfo(Site, "/x", idempotent, []));
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(expected, policy.ShouldRetry(Outcome.FromResult(response), request));
        Assert.Equal(idempotent, policy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused")), request));
    }
}
