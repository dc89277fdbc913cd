using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Panorama.Jira.Diagnostics;

/// <summary>
/// Jira traffic on the <c>Panorama</c> meter (exported at <c>/metrics</c>): every attempt by site, method, endpoint and
/// status; retries; 429s by reason; time spent waiting for the limiters.
/// </summary>
public sealed class JiraMetrics
{
    public const string MeterName = "Panorama";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _rateLimited;
    private readonly Histogram<double> _duration;
    private readonly Histogram<double> _limiterWait;

    public JiraMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("panorama.jira.requests", "{request}",
            "HTTP requests sent to Jira, one per attempt.");
        _retries = meter.CreateCounter<long>("panorama.jira.retries", "{retry}",
            "Jira requests sent again after a 429, a 5xx or a timeout.");
        _rateLimited = meter.CreateCounter<long>("panorama.jira.rate_limited", "{response}",
            "429 answers from Jira, by RateLimit-Reason.");
        _duration = meter.CreateHistogram<double>("panorama.jira.request.duration", "s",
            "Time from sending a Jira request to its response headers.");
        _limiterWait = meter.CreateHistogram<double>("panorama.jira.limiter.wait", "s",
            "Time a Jira request waited for Panorama's own rate limiters.");
    }

    internal void Request(string site, string method, string endpoint, string status, TimeSpan duration)
    {
        var tags = Tags(site, method, endpoint);
        tags.Add("http.response.status_code", status);
        _requests.Add(1, tags);
        _duration.Record(duration.TotalSeconds, Tags(site, method, endpoint));
    }

    internal void Retry(string site, string method, string endpoint, string cause)
    {
        var tags = Tags(site, method, endpoint);
        tags.Add("jira.retry.cause", cause);
        _retries.Add(1, tags);
    }

    internal void RateLimited(string site, string method, string endpoint, string reason)
    {
        var tags = Tags(site, method, endpoint);
        tags.Add("jira.rate_limit.reason", reason);
        _rateLimited.Add(1, tags);
    }

    internal void LimiterWait(string site, string method, string endpoint, TimeSpan wait) =>
        _limiterWait.Record(wait.TotalSeconds, Tags(site, method, endpoint));

    private static TagList Tags(string site, string method, string endpoint) => new()
    {
        { "jira.site", site },
        { "http.request.method", method },
        { "jira.endpoint", endpoint },
    };
}
