using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Panorama.JiraSim.Commands;
using Panorama.JiraSim.RateLimiting;
using Panorama.JiraSim.Rest;

namespace Panorama.JiraSim.Hosting;

/// <summary>
/// What happens to every Jira request before its endpoint runs, in Jira's order: the outage answers 503, latency is
/// added, random 429/5xx faults strike, Basic auth is checked (not for <c>_edge/tenant_info</c>), and the burst limit
/// of the endpoint and method applies. The control API (<c>/_sim</c>) skips all of it.
/// </summary>
internal static class SitePipeline
{
    public static void UseJiraPipeline(this WebApplication app, SiteRuntime site)
    {
        app.Use(async (context, next) =>
        {
            if (IsControl(context))
            {
                await next(context);
                return;
            }

            Interlocked.Increment(ref site.Counters.Requests);
            if (site.Faults.OutageRemaining() is { } left)
            {
                Interlocked.Increment(ref site.Counters.Responses5xx);
                context.Response.Headers.RetryAfter = Math.Ceiling(left.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await JsonResponse.ErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "Jira is temporarily unavailable. Please try again later.");
                return;
            }

            var faults = site.Faults.Settings;
            if (faults.LatencyMs > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(faults.LatencyMs), site.Time, context.RequestAborted);
            }

            if (faults.Http429 > 0 && site.Faults.Next() < faults.Http429)
            {
                await TooManyAsync(context, site, new RateDecision(false, 100, 0, TimeSpan.FromSeconds(1), RateLimiter.BurstReason));
                return;
            }

            if (faults.Http5xx > 0 && site.Faults.Next() < faults.Http5xx)
            {
                Interlocked.Increment(ref site.Counters.Responses5xx);
                var status = (ReadOnlySpan<int>)[500, 502, 503, 504];
                await JsonResponse.ErrorAsync(context, status[site.Faults.Next(status.Length)], "Internal server error");
                return;
            }

            if (!context.Request.Path.StartsWithSegments("/_edge", StringComparison.Ordinal))
            {
                var user = Authenticate(context, site);
                if (user is null)
                {
                    context.Response.Headers.WWWAuthenticate = "Basic realm=\"protected-area\"";
                    await JsonResponse.ErrorAsync(context, StatusCodes.Status401Unauthorized, Messages.NotAuthenticated);
                    return;
                }

                RequestUser.Set(context, user);
            }

            await next(context);
        });
        app.UseRouting();
        app.Use(async (context, next) =>
        {
            if (site.RateLimits is { } limits && !IsControl(context) && context.GetEndpoint() is RouteEndpoint endpoint)
            {
                var decision = limits.Acquire(endpoint.RoutePattern.RawText ?? "", context.Request.Method);
                if (!decision.Allowed)
                {
                    await TooManyAsync(context, site, decision);
                    return;
                }

                context.Response.Headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-RateLimit-Remaining"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
                if (decision.Remaining < decision.Limit * 0.2)
                {
                    context.Response.Headers["X-RateLimit-NearLimit"] = "true";
                }
            }

            await next(context);
        });
    }

    /// <summary>429 with <c>Retry-After</c> (whole seconds, at least 1), <c>X-RateLimit-*</c> and <c>RateLimit-Reason</c>.</summary>
    public static Task TooManyAsync(HttpContext context, SiteRuntime site, RateDecision decision)
    {
        Interlocked.Increment(ref site.Counters.Responses429);
        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        var headers = context.Response.Headers;
        headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Limit"] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = "0";
        headers["X-RateLimit-Reset"] = site.Time.GetUtcNow().AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        headers["RateLimit-Reason"] = decision.Reason;
        return JsonResponse.ErrorAsync(context, StatusCodes.Status429TooManyRequests, "Rate limit exceeded.");
    }

    private static bool IsControl(HttpContext context) => context.Request.Path.StartsWithSegments("/_sim", StringComparison.Ordinal);

    private static Model.SimUser? Authenticate(HttpContext context, SiteRuntime site)
    {
        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header) ||
            !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : site.Catalog.Users.Authenticate(decoded[..colon], decoded[(colon + 1)..]);
    }
}
