namespace Panorama.Jira.Model;

/// <summary><c>GET /rest/api/3/serverInfo</c>: used to check that a site answers as Jira Cloud (SPEC rule 2).</summary>
public sealed record JiraServerInfo
{
    public string? BaseUrl { get; init; }

    public string? Version { get; init; }

    public string? DeploymentType { get; init; }

    public long? BuildNumber { get; init; }

    public string? ServerTitle { get; init; }

    public bool IsCloud => string.Equals(DeploymentType, "Cloud", StringComparison.OrdinalIgnoreCase);
}
