using Panorama.Core.Tasks;

namespace Panorama.Data.Tasks;

/// <summary>
/// One Jira issue as stored: identity (connection, issue id), typed columns for what Panorama uses (built-in values
/// already resolved through the connection's field mapping), and every field Jira returned as raw JSON. Written by
/// the sync engine; read by boxes through <see cref="TaskRecordMapping.ToPlanTask"/>.
/// </summary>
public sealed class TaskRecord
{
    public Guid ConnectionId { get; set; }

    public long IssueId { get; set; }

    public required string IssueKey { get; set; }

    public required string ProjectId { get; set; }

    public required string ProjectKey { get; set; }

    public required string IssueTypeId { get; set; }

    public required string IssueTypeName { get; set; }

    public int HierarchyLevel { get; set; }

    public bool IsSubtask { get; set; }

    public required string StatusId { get; set; }

    public required string StatusName { get; set; }

    public StatusCategory StatusCategory { get; set; }

    public string Summary { get; set; } = "";

    public string? AssigneeAccountId { get; set; }

    public string? AssigneeName { get; set; }

    public long? ParentIssueId { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public DateOnly? BaselineStart { get; set; }

    public DateOnly? BaselineEnd { get; set; }

    public long? OriginalEstimate { get; set; }

    public long? RemainingEstimate { get; set; }

    public long? TimeSpent { get; set; }

    public double? Progress { get; set; }

    public double? StoryPoints { get; set; }

    /// <summary>Jira's <c>updated</c>: an older state never replaces a newer one.</summary>
    public DateTimeOffset Updated { get; set; }

    /// <summary>Jira's <c>fields</c> object exactly as received (UTF-8 JSON text).</summary>
    public string FieldsJson { get; set; } = "{}";

    /// <summary>Set when Jira deleted the issue: a tombstone, so a late "updated" cannot resurrect it.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>
    /// Set while the issue is in no box's scope (it left the scoped projects or JQL): boxes never show it, and it
    /// comes back by itself when it enters a scope again. Unlike a tombstone this is reversible.
    /// </summary>
    public DateTimeOffset? OutOfScopeAt { get; set; }

    public DateTimeOffset SyncedAt { get; set; }

    /// <summary>
    /// Set while the row shows a value Panorama is writing to Jira (a pending write-back): the next state read from Jira
    /// replaces it even when its <c>updated</c> equals the stored one, so a write that failed can never leave a value
    /// Jira does not hold.
    /// </summary>
    public DateTimeOffset? LocalEditAt { get; set; }

    /// <summary>
    /// Increases with every write (taken from a store-wide sequence by the writer), so a box snapshot can ask for
    /// "everything changed since version N" and rebuild incrementally.
    /// </summary>
    public long ChangeVersion { get; set; }
}
