namespace Panorama.Data.Sync;

/// <summary>
/// One Jira webhook delivery as received (the inbox). Stored before Jira gets its 2xx, so nothing acknowledged is
/// lost; <see cref="Identifier"/> (<c>X-Atlassian-Webhook-Identifier</c>, the same across Jira's retries) is unique per
/// connection, so a duplicate is dropped by the database itself. A worker claims pending rows and applies them.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    public Guid ConnectionId { get; set; }

    public required string Identifier { get; set; }

    /// <summary>The <c>webhookEvent</c>, e.g. <c>jira:issue_updated</c>.</summary>
    public required string Event { get; set; }

    /// <summary>The issue the delivery is about (the source issue of a link event), when there is one.</summary>
    public long? IssueId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The raw body exactly as signed.</summary>
    public required string Body { get; set; }

    public WebhookDeliveryState State { get; set; }

    /// <summary>The node that holds the claim, until <see cref="ClaimedUntil"/>; an expired claim may be taken over.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? AppliedAt { get; set; }

    public string? AppliedBy { get; set; }

    /// <summary>How many times a node claimed the row.</summary>
    public int Attempts { get; set; }

    public string? Error { get; set; }
}

public enum WebhookDeliveryState
{
    Pending,
    Applied,
    Failed,
}
