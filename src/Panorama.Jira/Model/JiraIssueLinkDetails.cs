using System.Text.Json;
using System.Text.Json.Serialization;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Model;

/// <summary>
/// <c>GET /rest/api/3/issueLink/{id}</c>: both sides of one link. <see cref="InwardIssue"/> is the source: it reads
/// "inward ‹type.outward› outward" (inward <em>blocks</em> outward); see <see cref="Client.IJiraClient.CreateIssueLinkAsync"/>.
/// </summary>
public sealed record JiraIssueLinkDetails
{
    public string? Id { get; init; }

    public JiraIssueLinkType? Type { get; init; }

    public JiraLinkedIssue? InwardIssue { get; init; }

    public JiraLinkedIssue? OutwardIssue { get; init; }
}

public sealed record JiraLinkedIssue
{
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    public string? Key { get; init; }

    /// <summary>The few fields Jira embeds (summary, status, priority, issue type), as sent.</summary>
    public JsonElement? Fields { get; init; }
}
