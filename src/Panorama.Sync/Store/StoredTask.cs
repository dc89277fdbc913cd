namespace Panorama.Sync.Store;

/// <summary>What the store holds about an issue that decides whether an incoming state may replace it.</summary>
internal sealed record StoredTask(long IssueId, DateTimeOffset Updated, bool Deleted, string ProjectKey, bool OutOfScope, bool LocalEdit);
