using System.Data.Common;
using Panorama.Sync.Connections;
using Panorama.Sync.Scope;

namespace Panorama.Sync.Store;

/// <summary>One batch of changes to a connection's tasks, written in one transaction under one change version.</summary>
internal sealed class TaskWrite
{
    public required SyncConnection Connection { get; init; }

    /// <summary>Issue states from Jira; for one issue only the newest is kept.</summary>
    public IReadOnlyList<TaskRow> Rows { get; init; } = [];

    /// <summary>
    /// Also overwrite a stored state with an equal <c>updated</c>: after Panorama's own write (or its failure) the task
    /// may show values Jira does not hold, and the re-read issue is the truth.
    /// </summary>
    public bool Force { get; init; }

    /// <summary>
    /// A batch of an import: states Jira still holds and a re-run fetches again. On SQLite it commits without waiting
    /// for the disk (see <see cref="SqliteWriteSettings"/>); every other write (webhooks, edits, the outbox) waits.
    /// </summary>
    public bool FromImport { get; init; }

    public IReadOnlyList<Tombstone> Tombstones { get; init; } = [];

    /// <summary>Links Jira deleted (<c>issuelink_deleted</c>): ids are never reused, so a deletion is final.</summary>
    public IReadOnlyList<long> DeletedLinks { get; init; } = [];

    /// <summary>
    /// Link lists read without the rest of the issue (the sweep): each replaces the links of its issue when it is at
    /// least as new as the stored state.
    /// </summary>
    public IReadOnlyList<IssueLinks> LinkSets { get; init; } = [];

    public ScopeVerdicts Scope { get; init; } = ScopeVerdicts.Unchanged;

    /// <summary>Issues Jira still has but no scope holds any more (found by the sweep).</summary>
    public IReadOnlyList<long> LeftScope { get; init; } = [];

    /// <summary>
    /// More SQL that commits or rolls back with this write, given a command enlisted in its transaction: the inbox
    /// marks the deliveries it applied here, so that a delivery is applied exactly when it is marked applied. With it
    /// the write commits even when no task changed.
    /// </summary>
    public Func<DbCommand, SqlDialect, CancellationToken, Task>? AlsoCommit { get; init; }

    /// <summary>
    /// Whether what this write says is also held elsewhere until it commits: Jira for an import's batch, the inbox for
    /// deliveries this write marks applied (<see cref="AlsoCommit"/>). Losing such a commit loses nothing, so on SQLite
    /// it does not wait for the disk (see <see cref="SqliteWriteSettings"/>).
    /// </summary>
    public bool HeldElsewhere => FromImport || AlsoCommit is not null;

    public bool IsEmpty => Rows.Count == 0 && LinkSets.Count == 0 && Tombstones.Count == 0 && DeletedLinks.Count == 0 && LeftScope.Count == 0;
}

/// <summary>
/// What a write did: the change version it used, the issues whose row or links changed (published on the change feed),
/// and the issues whose Jira state was written (their newest <c>updated</c> is <see cref="NewestApplied"/>).
/// </summary>
internal sealed record TaskWriteResult(long ChangeVersion, IReadOnlyList<long> Changed, IReadOnlyList<long> Applied, DateTimeOffset? NewestApplied)
{
    public static TaskWriteResult Nothing { get; } = new(0, [], [], null);
}

/// <summary>The links one issue shows at the moment of its <c>updated</c>.</summary>
internal sealed record IssueLinks(long IssueId, DateTimeOffset Updated, IReadOnlyList<LinkRow> Links);
