namespace Panorama.Core.Tasks;

/// <summary>
/// Tells in-process listeners (box snapshots, open Gantt pages) that the task store changed, so they refresh
/// within milliseconds instead of polling. Implemented by the sync engine; a listener that misses a batch still
/// converges by comparing <see cref="TaskChangeBatch.ChangeVersion"/> with the store.
/// </summary>
public interface ITaskChangeFeed
{
    IDisposable Subscribe(Action<TaskChangeBatch> onChanged);
}

/// <summary>Tasks (and links) of one connection that changed, and the store's change version after the change.</summary>
public sealed record TaskChangeBatch(Guid ConnectionId, IReadOnlyList<long> IssueIds, long ChangeVersion);
