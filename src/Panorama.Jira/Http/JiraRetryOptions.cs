namespace Panorama.Jira.Http;

/// <summary>
/// Atlassian's backoff recipe (shared/docs/jira-cloud-api.md 7): honour <c>Retry-After</c>, otherwise start at 2 s and
/// double up to 30 s with jitter ×[0.7, 1.3], about 4 retries, idempotent requests only.
/// </summary>
public sealed class JiraRetryOptions
{
    public const string SectionName = "Jira:Retry";

    public int MaxRetryAttempts { get; set; } = 4;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    public double JitterMin { get; set; } = 0.7;

    public double JitterMax { get; set; } = 1.3;

    /// <summary>A longer <c>Retry-After</c> is not waited out in line: the caller gets a RateLimited error to reschedule.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take, limiter waiting excluded.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Seed for the jitter; null draws from a shared random source.</summary>
    public int? JitterSeed { get; set; }
}
