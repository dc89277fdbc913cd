using Microsoft.Extensions.Logging;

namespace Panorama.Jira.Http;

/// <summary>What the Jira pipeline logs: site, method, endpoint template and outcome; never headers or bodies.</summary>
internal static partial class JiraRequestLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug,
        Message = "Jira {Site}: {Method} {Endpoint} answered {Status} in {ElapsedMilliseconds} ms")]
    public static partial void Answered(ILogger logger, string site, string method, string endpoint, int status,
        long elapsedMilliseconds);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information,
        Message = "Jira {Site}: {Method} {Endpoint} was rate limited ({Reason}); Retry-After {RetryAfter}")]
    public static partial void RateLimited(ILogger logger, string site, string method, string endpoint, string reason,
        TimeSpan? retryAfter);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Debug,
        Message = "Jira {Site}: {Method} {Endpoint} failed without an answer ({Error})")]
    public static partial void Failed(ILogger logger, string site, string method, string endpoint, string error);
}
