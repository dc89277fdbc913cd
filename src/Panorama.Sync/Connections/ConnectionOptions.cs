namespace Panorama.Sync.Connections;

/// <summary>How connections are checked (<c>Connections</c> section).</summary>
public sealed class ConnectionOptions
{
    public const string SectionName = "Connections";

    /// <summary>How often the health check re-runs the credential and permission checks of every connection.</summary>
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long one remote check may take, the Jira client's retries included: an unreachable site then fails the check
    /// in this time instead of after every retry.
    /// </summary>
    public TimeSpan CheckTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A token older than this is flagged for rotation: Atlassian API tokens expire within a year
    /// (shared/docs/jira-cloud-api.md 1.1), and Panorama cannot read a token's expiry date.
    /// </summary>
    public TimeSpan TokenRotationWarningAge { get; set; } = TimeSpan.FromDays(330);

    /// <summary>The newest issues in scope read to find one representative issue per project and issue type for the screen check.</summary>
    public int ScreenCheckSampleSize { get; set; } = 1000;
}
