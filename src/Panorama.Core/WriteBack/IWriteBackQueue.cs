using Panorama.Core.Outcomes;

namespace Panorama.Core.WriteBack;

/// <summary>
/// The durable outbox through which every write to Jira goes (implemented by the sync engine). Enqueueing stores
/// the change set before it returns, so an accepted change survives a restart.
/// </summary>
public interface IWriteBackQueue
{
    /// <summary>Accepts a change set, or refuses it (rule 17 confirmation, a read-only field, ...) saying why.</summary>
    Task<Outcome<WriteBackChange>> EnqueueAsync(WriteBackRequest request, WriteBackActor actor, CancellationToken cancellationToken);

    /// <summary>A change set and the state of each of its operations; null when there is no such change.</summary>
    Task<WriteBackChange?> GetAsync(Guid changeId, CancellationToken cancellationToken);

    /// <summary>Enqueues the inverse of a change set as one new change set (rule 17: undo as one operation).</summary>
    Task<Outcome<WriteBackChange>> UndoAsync(Guid changeId, WriteBackActor actor, bool confirmed, CancellationToken cancellationToken);
}
