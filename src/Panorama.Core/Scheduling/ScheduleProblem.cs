namespace Panorama.Core.Scheduling;

public enum ScheduleProblemKind
{
    DuplicateTask,
    NegativeDuration,
    MissingStart,
    UnknownTask,
    Cycle,
    TooLarge,
}

/// <summary>
/// Why a network cannot be scheduled. <see cref="Tasks"/> names the tasks involved; for a cycle, in order
/// (each is a predecessor of the next, and the last of the first).
/// </summary>
public sealed record ScheduleProblem<TId>(ScheduleProblemKind Kind, string Message, IReadOnlyList<TId> Tasks)
    where TId : notnull
{
    public override string ToString() => Message;
}
