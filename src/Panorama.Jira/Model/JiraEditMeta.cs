using System.Text.Json;

namespace Panorama.Jira.Model;

/// <summary>
/// <c>GET /rest/api/3/issue/{key}/editmeta</c>. A field absent from <see cref="Fields"/> cannot be set with
/// <c>PUT /issue</c> (not on the edit screen, no context, not editable in this status, ...; see
/// shared/docs/jira-cloud-api.md 3.2).
/// </summary>
public sealed record JiraEditMeta
{
    public IReadOnlyDictionary<string, JiraFieldMeta> Fields { get => field ?? new Dictionary<string, JiraFieldMeta>(); init; }

    /// <summary>True when the field is on the edit screen and accepts a <c>set</c>.</summary>
    public bool CanSet(string fieldId) =>
        Fields.TryGetValue(fieldId, out var meta) && meta.Operations.Contains("set");
}

public sealed record JiraFieldMeta
{
    public bool Required { get; init; }

    public string? Name { get; init; }

    public string? Key { get; init; }

    public IReadOnlyList<string> Operations { get => field ?? []; init; }

    public JiraFieldSchema? Schema { get; init; }

    public JsonElement? AllowedValues { get; init; }
}
