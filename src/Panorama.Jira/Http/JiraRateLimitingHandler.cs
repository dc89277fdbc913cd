using Microsoft.Extensions.Logging;
using Panorama.Jira.Diagnostics;
using Panorama.Jira.RateLimiting;

namespace Panorama.Jira.Http;

/// <summary>
/// Sits inside the retry handler, so every attempt waits for the limiters and is counted; reads each 429's
/// <c>Retry-After</c> and <c>RateLimit-Reason</c> and pauses the scope the reason names.
/// </summary>
internal sealed class JiraRateLimitingHandler(
    JiraRateLimiterRegistry registry,
    JiraMetrics metrics,
    TimeProvider time,
    ILogger<JiraRateLimitingHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(JiraRequestInfo.Key, out var info) || info.Anonymous)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var site = info.Site.SiteKey;
        var method = request.Method.Method;
        var waitStarted = time.GetTimestamp();
        using var permit = await registry.AcquireAsync(site, request.Method, info.Template, info.IssuesWritten,
            cancellationToken);
        metrics.LimiterWait(site, method, info.Template, time.GetElapsedTime(waitStarted));

        var sent = time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception exception)
        {
            metrics.Request(site, method, info.Template, exception.GetType().Name, time.GetElapsedTime(sent));
            JiraRequestLog.Failed(logger, site, method, info.Template, exception.GetType().Name);
            throw;
        }

        var status = (int)response.StatusCode;
        var elapsed = time.GetElapsedTime(sent);
        metrics.Request(site, method, info.Template, status.ToString(System.Globalization.CultureInfo.InvariantCulture), elapsed);
        JiraRequestLog.Answered(logger, site, method, info.Template, status, (long)elapsed.TotalMilliseconds);
        if (status == 429)
        {
            var reason = response.Headers.TryGetValues(JiraHeaders.RateLimitReason, out var values)
                ? values.FirstOrDefault() ?? string.Empty
                : string.Empty;
            metrics.RateLimited(site, method, info.Template, reason.Length == 0 ? "none" : reason);
            var retryAfter = RetryAfterHeader.Read(response.Headers, time.GetUtcNow());
            JiraRequestLog.RateLimited(logger, site, method, info.Template, reason.Length == 0 ? "no reason" : reason, retryAfter);

            // Without Retry-After only this caller backs off (the retry's exponential delay); with it, everyone sharing
            // the scope waits too.
            if (retryAfter is { } wait)
            {
                registry.Pause(site, ScopeOf(reason), request.Method, info.Template, info.IssuesWritten, wait);
            }
        }

        return response;
    }

    internal static JiraRateLimitScope ScopeOf(string reason) => reason switch
    {
        JiraHeaders.PerIssueReason => JiraRateLimitScope.Issue,
        _ when reason.StartsWith(JiraHeaders.QuotaReasonPrefix, StringComparison.OrdinalIgnoreCase) => JiraRateLimitScope.Site,
        _ => JiraRateLimitScope.Endpoint,
    };
}
