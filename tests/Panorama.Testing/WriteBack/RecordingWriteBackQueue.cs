using System.Collections.Concurrent;
using Panorama.Core.Outcomes;
using Panorama.Core.WriteBack;

namespace Panorama.Testing.WriteBack;

/// <summary>
/// A write-back outbox that only records what it is asked to write, so tests can assert what would reach Jira. Every
/// change set is accepted (pending) unless <see cref="RefuseWith"/> is set.
/// </summary>
public sealed class RecordingWriteBackQueue(TimeProvider? time = null) : IWriteBackQueue
{
    private readonly ConcurrentQueue<(WriteBackRequest Request, WriteBackActor Actor, WriteBackChange Change)> _requests = new();

    /// <summary>When set, every change set is refused with this message.</summary>
    public string? RefuseWith { get; set; }

    public IReadOnlyList<WriteBackRequest> Requests => [.. _requests.Select(r => r.Request)];

    public IReadOnlyList<WriteBackActor> Actors => [.. _requests.Select(r => r.Actor)];

    /// <summary>Every operation of every accepted change set, in order.</summary>
    public IReadOnlyList<WriteBackOperation> Operations => [.. _requests.SelectMany(r => r.Request.Operations)];

    public Task<Outcome<WriteBackChange>> EnqueueAsync(WriteBackRequest request, WriteBackActor actor, CancellationToken cancellationToken)
    {
        if (RefuseWith is { } refusal)
        {
            return Task.FromResult(Outcome.Refused<WriteBackChange>(refusal));
        }

        var change = new WriteBackChange(Guid.NewGuid(), request.Description, WriteBackState.Pending, (time ?? TimeProvider.System).GetUtcNow(),
            actor.Display, null, [.. request.Operations.Select((op, i) => new WriteBackOperationState(i + 1, op, WriteBackState.Pending, null, null))]);
        _requests.Enqueue((request, actor, change));
        return Task.FromResult(Outcome.Ok(change));
    }

    public Task<WriteBackChange?> GetAsync(Guid changeId, CancellationToken cancellationToken) =>
        Task.FromResult(_requests.Select(r => r.Change).FirstOrDefault(c => c.Id == changeId));

    public Task<Outcome<WriteBackChange>> UndoAsync(Guid changeId, WriteBackActor actor, bool confirmed, CancellationToken cancellationToken) =>
        Task.FromResult(Outcome.Refused<WriteBackChange>("The recording outbox does not undo."));
}
