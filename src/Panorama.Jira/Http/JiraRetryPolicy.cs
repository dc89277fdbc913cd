using System.Net;
using Polly;
using Polly.Timeout;

namespace Panorama.Jira.Http;

/// <summary>When to send a Jira request again and how long to wait first; used by the Polly retry strategy.</summary>
internal sealed class JiraRetryPolicy
{
    private readonly JiraRetryOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Lock _randomLock = new();

    public JiraRetryPolicy(JiraRetryOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _random = options.JitterSeed is { } seed ? new Random(seed) : new Random();
    }

    /// <summary>Only idempotent requests, and only for 408, 429, 5xx, timeouts and connection failures.</summary>
    public bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (request is null || !request.Options.TryGetValue(JiraRequestInfo.Key, out var info) || !info.Idempotent)
        {
            return false;
        }

        if (outcome.Exception is { } exception)
        {
            return exception is HttpRequestException or TimeoutRejectedException or IOException;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        var status = (int)response.StatusCode;
        var transient = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout || status >= 520;
        return transient && !(RetryAfterHeader.Read(response.Headers, _time.GetUtcNow()) > _options.MaxRetryAfter);
    }

    /// <summary><c>Retry-After</c> when Jira sent it; otherwise base × 2^attempt × jitter, capped.</summary>
    public TimeSpan DelayFor(int attempt, Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { } response && RetryAfterHeader.Read(response.Headers, _time.GetUtcNow()) is { } retryAfter)
        {
            return retryAfter;
        }

        double jitter;
        lock (_randomLock)
        {
            jitter = _options.JitterMin + (_random.NextDouble() * (_options.JitterMax - _options.JitterMin));
        }

        var exponential = _options.BaseDelay.TotalSeconds * Math.Pow(2, Math.Min(attempt, 30));
        var seconds = Math.Min(exponential * jitter, _options.MaxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    public static string CauseOf(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception?.GetType().Name
        ?? ((int?)outcome.Result?.StatusCode)?.ToString(System.Globalization.CultureInfo.InvariantCulture)
        ?? "unknown";
}
