namespace Panorama.Sync.Connections.Webhooks;

/// <summary>The events Panorama's admin webhook subscribes to (rule 4): issue changes and link changes.</summary>
public static class ConnectionWebhookEvents
{
    public static IReadOnlyList<string> All { get; } =
    [
        "jira:issue_created", "jira:issue_updated", "jira:issue_deleted", "issuelink_created", "issuelink_deleted",
    ];
}
