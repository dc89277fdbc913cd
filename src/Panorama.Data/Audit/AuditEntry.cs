namespace Panorama.Data.Audit;

/// <summary>
/// One line of the audit log: who did what to which thing, when. Entries are only ever added. The actor is kept
/// by id and by name (their e-mail) so the line still reads after the user is deleted.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The Panorama user who caused it; null for the system itself or an unknown person.</summary>
    public Guid? ActorUserId { get; set; }

    /// <summary>The actor as people read it: the user's e-mail, or <c>system</c>.</summary>
    public string? ActorDisplay { get; set; }

    /// <summary>What happened, as <c>noun.verb</c>: see <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>The kind of thing acted on (<c>user</c>, <c>token</c>, <c>connection</c>, <c>issue</c>...).</summary>
    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    /// <summary>The Jira connection concerned, when there is one.</summary>
    public Guid? ConnectionId { get; set; }

    /// <summary>The Jira issue key concerned, when there is one.</summary>
    public string? IssueKey { get; set; }

    /// <summary>JSON of <see cref="AuditDetails"/>: per-field old/new values and other facts; null when empty.</summary>
    public string? Details { get; set; }

    /// <summary>
    /// The entry for <paramref name="auditEvent"/>. A feature that wants its change and the audit line in one
    /// transaction adds this to its own context instead of calling <see cref="IAuditLog.RecordAsync"/>.
    /// </summary>
    public static AuditEntry Create(AuditEvent auditEvent, DateTimeOffset at) => new()
    {
        At = at,
        ActorUserId = auditEvent.Actor?.UserId,
        ActorDisplay = auditEvent.Actor?.Display,
        Action = auditEvent.Action,
        TargetType = auditEvent.TargetType,
        TargetId = auditEvent.TargetId,
        ConnectionId = auditEvent.ConnectionId,
        IssueKey = auditEvent.IssueKey,
        Details = AuditDetails.Serialize(auditEvent.Changes, auditEvent.Data),
    };
}
