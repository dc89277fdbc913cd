namespace Panorama.Core.WriteBack;

/// <summary>
/// A change set: operations a user caused together, accepted, tracked, audited and undone as one. Rule 17: a change
/// touching more than 100 tasks, or moving a date outside 1990-01-01..2100-12-31, is refused unless
/// <see cref="Confirmed"/>.
/// </summary>
public sealed record WriteBackRequest(
    IReadOnlyList<WriteBackOperation> Operations,
    string Description,
    bool Confirmed = false);

/// <summary>Who caused a change, for the audit log and the change's state.</summary>
public sealed record WriteBackActor(Guid? UserId, string Display);

/// <summary>Where a change set stands; each operation has its own state too.</summary>
public enum WriteBackState
{
    Pending,
    Done,
    Failed,
}
