namespace Panorama.Jira.Model;

/// <summary>
/// A link type of a site. Names and phrases are editable by administrators and differ per site: map by
/// <see cref="Id"/>.
/// </summary>
public sealed record JiraIssueLinkType
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Inward { get; init; }

    public string? Outward { get; init; }
}
