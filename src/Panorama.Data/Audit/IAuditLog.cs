namespace Panorama.Data.Audit;

/// <summary>The audit log every feature writes to (sign-ins, user and token changes, configuration, Jira writes).</summary>
public interface IAuditLog
{
    /// <summary>Adds one entry at the current time, committed at once in its own unit of work.</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken);
}
