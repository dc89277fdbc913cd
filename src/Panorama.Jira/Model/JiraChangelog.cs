using System.Text.Json.Serialization;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Model;

/// <summary>
/// One changed field of a change history. <see cref="Field"/> is the display name for custom fields: key off
/// <see cref="FieldId"/> (shared/docs/jira-cloud-api.md 6.2).
/// </summary>
public sealed record JiraChangelogItem
{
    public string? Field { get; init; }

    [JsonPropertyName("fieldtype")]
    public string? FieldType { get; init; }

    public string? FieldId { get; init; }

    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? From { get; init; }

    [JsonPropertyName("fromString")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? FromText { get; init; }

    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? To { get; init; }

    [JsonPropertyName("toString")]
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? ToText { get; init; }
}

/// <summary>One change history: who changed what, and when.</summary>
public sealed record JiraChangeHistory
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    public JiraUserRef? Author { get; init; }

    [JsonConverter(typeof(JiraDateTimeConverter))]
    public DateTimeOffset? Created { get; init; }

    public IReadOnlyList<JiraChangelogItem> Items { get => field ?? []; init; }
}

/// <summary>The change histories of one issue, as <c>changelog/bulkfetch</c> and <c>expand=changelog</c> give them.</summary>
public sealed record JiraIssueChangelog
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? IssueId { get; init; }

    [JsonPropertyName("changeHistories")]
    public IReadOnlyList<JiraChangeHistory> Histories { get => field ?? []; init; }
}

/// <summary>The changelog embedded by <c>expand=changelog</c> (capped by Jira; use changelog bulk fetch for all).</summary>
public sealed record JiraEmbeddedChangelog
{
    public int? Total { get; init; }

    public IReadOnlyList<JiraChangeHistory> Histories { get => field ?? []; init; }
}
