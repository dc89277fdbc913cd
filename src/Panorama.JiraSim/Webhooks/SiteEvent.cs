using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Webhooks;

/// <summary>Something that happened on a site and may fire webhooks. <see cref="Secondary"/> marks fallout of another change.</summary>
internal abstract record SiteEvent(string Name, bool Secondary);

/// <summary><c>jira:issue_created|updated|deleted</c>; <see cref="TypeName"/> is <c>issue_event_type_name</c> (absent on deletion).</summary>
internal sealed record IssueEvent(string Name, string? TypeName, SimIssue Issue, ChangeHistory? Changelog, string ActorAccountId, bool Secondary = false)
    : SiteEvent(Name, Secondary);

/// <summary><c>issuelink_created|deleted</c>.</summary>
internal sealed record LinkEvent(string Name, SimLink Link, bool Secondary = false) : SiteEvent(Name, Secondary);

internal static class WebhookEvents
{
    public const string IssueCreated = "jira:issue_created";
    public const string IssueUpdated = "jira:issue_updated";
    public const string IssueDeleted = "jira:issue_deleted";
    public const string LinkCreated = "issuelink_created";
    public const string LinkDeleted = "issuelink_deleted";

    public static IReadOnlyList<string> Supported { get; } = [IssueCreated, IssueUpdated, IssueDeleted, LinkCreated, LinkDeleted];
}
