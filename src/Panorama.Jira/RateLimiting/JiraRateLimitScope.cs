namespace Panorama.Jira.RateLimiting;

/// <summary>What a 429 slows down, from its <c>RateLimit-Reason</c> (shared/docs/jira-cloud-api.md 7).</summary>
public enum JiraRateLimitScope
{
    /// <summary><c>jira-burst-based</c> or no reason: that endpoint and method only.</summary>
    Endpoint,

    /// <summary><c>jira-per-issue-on-write</c>: writes to the issues of that request only.</summary>
    Issue,

    /// <summary><c>jira-quota-*</c>: every call to the site.</summary>
    Site,
}
