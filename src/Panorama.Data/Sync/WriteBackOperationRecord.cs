namespace Panorama.Data.Sync;

/// <summary>
/// One operation of the write-back outbox. <see cref="Id"/> is the order: operations of one issue are sent lowest id
/// first, one at a time. A row survives restarts; <see cref="NextAttemptAt"/> holds back a retry after a 429/5xx.
/// </summary>
public sealed class WriteBackOperationRecord
{
    public long Id { get; set; }

    public Guid ChangeId { get; set; }

    public Guid ConnectionId { get; set; }

    /// <summary>The issue whose order this operation keeps (the source issue of a link); null for a creation.</summary>
    public long? IssueId { get; set; }

    public string? IssueKey { get; set; }

    public WriteBackOperationKind Kind { get; set; }

    /// <summary>What to send (JSON of the Core operation).</summary>
    public required string PayloadJson { get; set; }

    /// <summary>The values before the change, by field (for undo and the audit log).</summary>
    public string? OldValuesJson { get; set; }

    public WriteBackOperationStatus State { get; set; }

    /// <summary>Jira's reason for a failure, worded to say what to fix.</summary>
    public string? Error { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>What Jira answered that later steps need (the created issue's id and key).</summary>
    public string? ResultJson { get; set; }
}

public enum WriteBackOperationKind
{
    EditFields,
    CreateIssue,
    CreateLink,
    DeleteLink,
}

public enum WriteBackOperationStatus
{
    Pending,
    Sending,
    Done,
    Failed,
}
