namespace Panorama.Jira.Model;

/// <summary>A project from <c>GET /rest/api/3/project/search</c>.</summary>
public sealed record JiraProject
{
    public string Id { get => field ?? string.Empty; init; }

    public string? Key { get; init; }

    public string? Name { get; init; }

    public string? ProjectTypeKey { get; init; }

    public bool? Simplified { get; init; }

    public string? Style { get; init; }

    public bool? Archived { get; init; }
}
