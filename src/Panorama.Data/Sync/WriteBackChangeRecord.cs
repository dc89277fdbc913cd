namespace Panorama.Data.Sync;

/// <summary>
/// A change set a user caused (rule 17): described, attributed and undone as one. Its state is derived from its
/// operations (<see cref="WriteBackOperationRecord"/>).
/// </summary>
public sealed class WriteBackChangeRecord
{
    public Guid Id { get; set; }

    public required string Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? ActorUserId { get; set; }

    public required string ActorDisplay { get; set; }

    /// <summary>The change this one undoes, if it is an undo.</summary>
    public Guid? UndoOf { get; set; }

    /// <summary>Whether the user confirmed a change that rule 17 asks to confirm.</summary>
    public bool Confirmed { get; set; }
}
