using System.Text.Json;

namespace Panorama.Sync.Tasks;

/// <summary>
/// A task as the API shows it: built-in fields by their SPEC JSON names, the site's native fields as Jira sent them,
/// its links (read as dependencies where the connection's mapping says so) and where its synchronisation stands.
/// </summary>
public sealed record TaskView(
    Guid ConnectionId,
    string Site,
    long IssueId,
    string Key,
    IReadOnlyDictionary<string, object?> Fields,
    JsonElement Native,
    IReadOnlyList<TaskLinkView> Links,
    TaskSyncView Sync);

/// <summary>A link seen from this task: <c>outward</c> reads "this &lt;outward verb&gt; other".</summary>
public sealed record TaskLinkView(long Id, string TypeId, string Direction, long OtherIssueId, string? OtherIssueKey, DependencyView? Dependency);

/// <summary>The dependency a mapped link stands for.</summary>
public sealed record DependencyView(long PredecessorIssueId, long SuccessorIssueId, string Type, string Strength);

/// <summary>
/// Where the task's synchronisation stands: Jira's <c>updated</c>, when Panorama last wrote it, whether it is stale
/// (its connection is invalid, rule 5) and the writes still on their way to Jira.
/// </summary>
public sealed record TaskSyncView(
    DateTimeOffset Updated,
    DateTimeOffset SyncedAt,
    long ChangeVersion,
    bool Stale,
    string? StaleReason,
    bool Deleted,
    bool InScope,
    IReadOnlyList<PendingWriteView> PendingWrites);

/// <summary>A write to Jira not finished yet: what it sets and, after a 429 or 5xx, when it is tried again.</summary>
public sealed record PendingWriteView(Guid ChangeId, long OperationId, string Operation, string State, IReadOnlyDictionary<string, string?> Values,
    string? LastError, DateTimeOffset NextAttemptAt);
