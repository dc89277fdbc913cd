using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Panorama.Web.Auth.SignIn;

/// <summary>
/// Limits sign-in attempts per client address (a fixed window of one minute). Only form posts count: showing the
/// page is free. Behind a reverse proxy every client shares the proxy's address unless forwarded headers are used.
/// </summary>
internal static class SignInRateLimiting
{
    public const string PolicyName = "signin";

    public static RateLimiterOptions AddSignInPolicy(this RateLimiterOptions limiter)
    {
        limiter.AddPolicy(PolicyName, context =>
        {
            if (!HttpMethods.IsPost(context.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var permits = context.RequestServices.GetRequiredService<IOptions<SignInProtectionOptions>>().Value.AttemptsPerMinutePerAddress;
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, cancellationToken) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            return new ValueTask(Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many sign-in attempts",
                detail: "Too many sign-in attempts from your address: wait a minute, then try again.")
                .ExecuteAsync(context.HttpContext));
        };
        return limiter;
    }
}
