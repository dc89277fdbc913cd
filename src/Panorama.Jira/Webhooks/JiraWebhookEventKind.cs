namespace Panorama.Jira.Webhooks;

/// <summary>
/// The webhook events Panorama acts on (shared/docs/jira-cloud-api.md 6.1). Every other event reads as
/// <see cref="Other"/>: the set is open and must not fail a delivery.
/// </summary>
public enum JiraWebhookEventKind
{
    Other,
    IssueCreated,
    IssueUpdated,
    IssueDeleted,
    IssueLinkCreated,
    IssueLinkDeleted,
    CommentCreated,
    CommentUpdated,
    CommentDeleted,
    ProjectCreated,
    ProjectUpdated,
    ProjectDeleted,
    ProjectSoftDeleted,
    ProjectRestoredDeleted,
    ProjectArchived,
    ProjectRestoredArchived,
}

public static class JiraWebhookEvents
{
    public const string IssueCreated = "jira:issue_created";
    public const string IssueUpdated = "jira:issue_updated";
    public const string IssueDeleted = "jira:issue_deleted";
    public const string IssueLinkCreated = "issuelink_created";
    public const string IssueLinkDeleted = "issuelink_deleted";

    /// <summary>The events Panorama registers for synchronisation.</summary>
    public static IReadOnlyList<string> ForSync { get; } =
        [IssueCreated, IssueUpdated, IssueDeleted, IssueLinkCreated, IssueLinkDeleted];

    public static JiraWebhookEventKind KindOf(string? webhookEvent) => webhookEvent switch
    {
        IssueCreated => JiraWebhookEventKind.IssueCreated,
        IssueUpdated => JiraWebhookEventKind.IssueUpdated,
        IssueDeleted => JiraWebhookEventKind.IssueDeleted,
        IssueLinkCreated => JiraWebhookEventKind.IssueLinkCreated,
        IssueLinkDeleted => JiraWebhookEventKind.IssueLinkDeleted,
        "comment_created" => JiraWebhookEventKind.CommentCreated,
        "comment_updated" => JiraWebhookEventKind.CommentUpdated,
        "comment_deleted" => JiraWebhookEventKind.CommentDeleted,
        "project_created" => JiraWebhookEventKind.ProjectCreated,
        "project_updated" => JiraWebhookEventKind.ProjectUpdated,
        "project_deleted" => JiraWebhookEventKind.ProjectDeleted,
        "project_soft_deleted" => JiraWebhookEventKind.ProjectSoftDeleted,
        "project_restored_deleted" => JiraWebhookEventKind.ProjectRestoredDeleted,
        "project_archived" => JiraWebhookEventKind.ProjectArchived,
        "project_restored_archived" => JiraWebhookEventKind.ProjectRestoredArchived,
        _ => JiraWebhookEventKind.Other,
    };
}
