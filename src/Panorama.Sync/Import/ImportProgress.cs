namespace Panorama.Sync.Import;

/// <summary>Where an import of one connection stands: issues written so far and Jira's estimate of the total.</summary>
public sealed record ImportProgress(Guid ConnectionId, ImportPhase Phase, long Done, long Estimate);

public enum ImportPhase
{
    Counting,
    Fetching,
    Sweeping,
    Done,
}

/// <summary>The end of an import or a reconciliation.</summary>
public sealed record SyncRunOutcome(long Written, long Fetched, int Deleted, int LeftScope, TimeSpan Duration, DateTimeOffset? HighWaterMark);
