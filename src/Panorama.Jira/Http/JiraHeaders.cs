namespace Panorama.Jira.Http;

/// <summary>Rate-limit headers of Jira Cloud (shared/docs/jira-cloud-api.md 7).</summary>
internal static class JiraHeaders
{
    public const string RateLimitReason = "RateLimit-Reason";

    /// <summary>The per-issue write limit was hit: slow writes to that issue only.</summary>
    public const string PerIssueReason = "jira-per-issue-on-write";

    /// <summary>The endpoint's burst bucket is empty: slow that endpoint.</summary>
    public const string BurstReason = "jira-burst-based";

    /// <summary>Prefix of the quota reasons (<c>jira-quota-global-based</c>, <c>jira-quota-tenant-based</c>): pause the site.</summary>
    public const string QuotaReasonPrefix = "jira-quota-";
}
