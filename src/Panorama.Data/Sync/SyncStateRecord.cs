namespace Panorama.Data.Sync;

/// <summary>
/// Where synchronisation of one connection stands: the import's progress, the reconciliation high-water mark, the
/// last sweep, requests from the API or other nodes, and the lease that lets one node reconcile at a time.
/// </summary>
public sealed class SyncStateRecord
{
    public Guid ConnectionId { get; set; }

    public SyncImportState ImportState { get; set; }

    public long ImportDone { get; set; }

    /// <summary>Jira's <c>approximate-count</c> of the scope when the import started.</summary>
    public long ImportEstimate { get; set; }

    public DateTimeOffset? ImportStartedAt { get; set; }

    public DateTimeOffset? ImportFinishedAt { get; set; }

    /// <summary>
    /// The newest Jira <c>updated</c> that a complete search (import or reconciliation) has applied: the next
    /// reconciliation asks for <c>updated &gt;= mark - margin</c>. Webhooks do not move it, because a dropped webhook
    /// older than a later one must still be found.
    /// </summary>
    public DateTimeOffset? HighWaterMark { get; set; }

    public DateTimeOffset? LastReconciledAt { get; set; }

    /// <summary>When the last id sweep (deletions, scope exits, links) completed.</summary>
    public DateTimeOffset? LastSweepAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Someone asked for an import (full: also sweep) or a reconciliation; whichever node leads does it.</summary>
    public bool ImportRequested { get; set; }

    public bool ReconcileRequested { get; set; }

    public bool SweepRequested { get; set; }

    /// <summary>Sync itself marked the connection invalid (401, outage) and probes it until it answers again.</summary>
    public bool PausedBySync { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}

public enum SyncImportState
{
    NotStarted,
    Running,
    Done,
    Failed,
}
