namespace Panorama.Jira.Model;

/// <summary>
/// A field of a site (<c>GET /rest/api/3/field</c>). Custom field ids differ per site: find fields by
/// <see cref="JiraFieldSchema.Custom"/> or <see cref="JiraFieldSchema.Type"/>, never by a fixed id.
/// </summary>
public sealed record JiraField
{
    public string Id { get => field ?? string.Empty; init; }

    public string? Key { get; init; }

    public string? Name { get; init; }

    public string? UntranslatedName { get; init; }

    public bool Custom { get; init; }

    public bool Orderable { get; init; }

    public bool Navigable { get; init; }

    public bool Searchable { get; init; }

    public IReadOnlyList<string> ClauseNames { get => field ?? []; init; }

    public JiraFieldSchema? Schema { get; init; }
}

/// <summary>A field's type: e.g. <c>{type:"date", custom:"…customfieldtypes:datepicker"}</c> for Start date.</summary>
public sealed record JiraFieldSchema
{
    public string? Type { get; init; }

    public string? Items { get; init; }

    public string? System { get; init; }

    public string? Custom { get; init; }

    public long? CustomId { get; init; }
}
