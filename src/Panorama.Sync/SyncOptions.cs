namespace Panorama.Sync;

/// <summary>How the sync engine's workers run; bound from <c>Sync</c>. Times are also the test suite's knobs.</summary>
public sealed class SyncOptions
{
    public const string SectionName = "Sync";

    /// <summary>Run the background workers (inbox, outbox, reconciliation, probes). Off for one-shot commands.</summary>
    public bool Workers { get; set; } = true;

    /// <summary>This node's name in claims and leases; default: machine name, process id and a random suffix.</summary>
    public string? NodeId { get; set; }

    /// <summary>How long a claim on an inbox or outbox row (or a reconciliation lease) lasts before another node may take it.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a node looks for deliveries another node stored (its own arrive through a signal at once).</summary>
    public TimeSpan InboxPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Deliveries claimed at once; a burst for one issue inside a batch is applied once (the newest body).</summary>
    public int InboxBatchSize { get; set; } = 200;

    /// <summary>A delivery that failed this many times is set aside as failed; reconciliation still converges.</summary>
    public int MaxDeliveryAttempts { get; set; } = 8;

    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Outbox operations in flight per connection (different issues; one issue is always one at a time). An edit waits
    /// for Jira twice (the write, then the re-read), so at Jira Cloud's 150 ms a call 24 in flight keep 40 writes/s
    /// going; the client's limiters still keep the calls within Jira's rate limits.
    /// </summary>
    public int OutboxConcurrency { get; set; } = 24;

    /// <summary>The longest wait between retries of a write that Jira refused with 429 or 5xx.</summary>
    public TimeSpan WriteRetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>SPEC 3.1: reconcile every connection on a timer (default 5 minutes) and after an outage.</summary>
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Reconciliation asks for <c>updated &gt;= high-water mark - margin</c>: Jira's search is eventually consistent.</summary>
    public TimeSpan ReconcileMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The slower sweep: compares the ids in scope, tombstones missing issues and re-reads links.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often a connection that sync paused (401, outage) is probed to resume it.</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the supervisor looks at the connections table (new, removed, valid, invalid).</summary>
    public TimeSpan SupervisorInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Parallel <c>bulkfetch</c> calls per connection during an import (the client's rate limits still apply).</summary>
    public int ImportConcurrency { get; set; } = 16;

    /// <summary>
    /// Most issues written per database transaction during an import (the writer also commits whenever it has caught
    /// up with the fetchers). Every commit rewrites the index pages its rows touch, and rows land at scattered places
    /// in the indexes on <c>updated</c>, key and parent: with 500 a 100,000-issue import wrote about 1,850 MB to SQLite
    /// for a 445 MB database, with 5,000 about 1,200 MB.
    /// </summary>
    public int ImportWriteBatch { get; set; } = 5000;

    /// <summary>How long connection settings (mappings, secret) are cached; a mapping change applies within this time.</summary>
    public TimeSpan ConnectionCacheLifetime { get; set; } = TimeSpan.FromSeconds(5);

    public string EffectiveNodeId { get; internal set; } = "";

    internal bool IsValid(out string error)
    {
        error = "";
        if (ClaimLease <= TimeSpan.Zero || InboxPollInterval <= TimeSpan.Zero || OutboxPollInterval <= TimeSpan.Zero
            || ReconcileInterval <= TimeSpan.Zero || SweepInterval <= TimeSpan.Zero || ProbeInterval <= TimeSpan.Zero
            || SupervisorInterval <= TimeSpan.Zero || ReconcileMargin < TimeSpan.Zero)
        {
            error = "Sync: intervals and the claim lease must be positive (ReconcileMargin may be zero).";
        }
        else if (InboxBatchSize < 1 || ImportConcurrency < 1 || ImportWriteBatch < 1 || OutboxConcurrency < 1 || MaxDeliveryAttempts < 1)
        {
            error = "Sync: batch sizes, concurrency and MaxDeliveryAttempts must be at least 1.";
        }

        return error.Length == 0;
    }
}
