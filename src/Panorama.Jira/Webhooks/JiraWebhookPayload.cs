using System.Text.Json;
using System.Text.Json.Serialization;
using Panorama.Jira.Model;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Webhooks;

/// <summary>
/// A webhook delivery body. Issues come in the REST v2 shape (description as a string); unknown events and extra keys
/// are tolerated. Treat the payload as a hint: deliveries arrive late, twice or out of order (SPEC 3.1).
/// </summary>
public sealed record JiraWebhookPayload
{
    /// <summary>When Jira produced the event (epoch milliseconds on the wire); null if unreadable.</summary>
    [JsonConverter(typeof(EpochMillisecondsConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    public string? WebhookEvent { get; init; }

    [JsonPropertyName("issue_event_type_name")]
    public string? IssueEventTypeName { get; init; }

    /// <summary>The actor; absent on comment and link events (the comment's author is the actor there).</summary>
    public JiraUserRef? User { get; init; }

    public JiraIssue? Issue { get; init; }

    public JiraWebhookChangelog? Changelog { get; init; }

    public JiraWebhookIssueLink? IssueLink { get; init; }

    public JiraWebhookComment? Comment { get; init; }

    public JiraWebhookProject? Project { get; init; }

    public IReadOnlyList<long>? MatchedWebhookIds { get; init; }

    public JiraWebhookEventKind Kind => JiraWebhookEvents.KindOf(WebhookEvent);

    /// <summary>Parses a raw body (verify its signature first, on these same bytes).</summary>
    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static JiraWebhookPayload Parse(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize(body, JiraJsonContext.Default.JiraWebhookPayload)
        ?? throw new JsonException("The webhook body is JSON null.");
}

/// <summary>The changelog of an issue event: items key off <see cref="JiraChangelogItem.FieldId"/>.</summary>
public sealed record JiraWebhookChangelog
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    public IReadOnlyList<JiraChangelogItem> Items { get => field ?? []; init; }
}

/// <summary>
/// The link of an <c>issuelink_*</c> event: numeric ids only, no keys. It reads "source ‹outwardName› destination"
/// (source <em>blocks</em> destination): GET on the source issue shows <c>outwardIssue</c> = destination.
/// </summary>
public sealed record JiraWebhookIssueLink
{
    public long Id { get; init; }

    public long SourceIssueId { get; init; }

    public long DestinationIssueId { get; init; }

    public JiraWebhookIssueLinkType? IssueLinkType { get; init; }

    public bool SystemLink { get; init; }
}

/// <summary>A link type as webhooks name it: <c>outwardName</c>/<c>inwardName</c> where REST says outward/inward.</summary>
public sealed record JiraWebhookIssueLinkType
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public string? OutwardName { get; init; }

    public string? InwardName { get; init; }

    public bool IsSubTaskLinkType { get; init; }

    public bool IsSystemLinkType { get; init; }
}

public sealed record JiraWebhookComment
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    public JiraUserRef? Author { get; init; }

    /// <summary>A wiki-markup string in webhooks; kept raw (read with <see cref="JiraRichText.From"/>).</summary>
    public JsonElement? Body { get; init; }

    [JsonConverter(typeof(JiraDateTimeConverter))]
    public DateTimeOffset? Created { get; init; }

    [JsonConverter(typeof(JiraDateTimeConverter))]
    public DateTimeOffset? Updated { get; init; }
}

public sealed record JiraWebhookProject
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    public string? Key { get; init; }

    public string? Name { get; init; }

    public JiraUserRef? ProjectLead { get; init; }
}
