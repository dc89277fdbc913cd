namespace Panorama.Jira.RateLimiting;

/// <summary>
/// Jira Cloud's limits for API-token traffic (shared/docs/jira-cloud-api.md 7): burst limits per tenant × endpoint ×
/// method, and per-issue write limits. Panorama stays under them instead of finding them with 429s.
/// </summary>
public sealed class JiraRateLimitOptions
{
    public const string SectionName = "Jira:RateLimits";

    public int GetPerSecond { get; set; } = 100;

    public int PostPerSecond { get; set; } = 100;

    public int PutPerSecond { get; set; } = 50;

    public int DeletePerSecond { get; set; } = 50;

    /// <summary>The span the per-endpoint limits count over (one second in Jira's terms).</summary>
    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Endpoints whose limit Jira documents differently, keyed <c>"METHOD template"</c>.</summary>
    public Dictionary<string, int> EndpointOverrides { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GET /rest/api/3/issue/{issueIdOrKey}"] = 150,
        ["POST /rest/api/3/search/approximate-count"] = 150,
    };

    /// <summary>Writes to one issue: at most 20 per 2 s ...</summary>
    public RateWindow IssueShortWindow { get; set; } = new(20, TimeSpan.FromSeconds(2));

    /// <summary>... and at most 100 per 30 s.</summary>
    public RateWindow IssueLongWindow { get; set; } = new(100, TimeSpan.FromSeconds(30));

    public int PerSecondFor(HttpMethod method, string template) =>
        EndpointOverrides.TryGetValue($"{method.Method} {template}", out var limit)
            ? limit
            : method.Method switch
            {
                "PUT" => PutPerSecond,
                "DELETE" => DeletePerSecond,
                "POST" => PostPerSecond,
                _ => GetPerSecond,
            };
}
