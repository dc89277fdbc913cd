namespace Panorama.Core.Scheduling.ChangeSets;

/// <summary>
/// Every date that one scheduling operation changes, written back as one operation and undone as one
/// (<see cref="Inverse"/>). Rule 17 is evaluated on construction, so a change set rebuilt from storage carries the
/// same confirmation flags. <see cref="Conflicts"/> are dependencies that fixed tasks break after the change; they
/// are reported, never resolved by moving a fixed task.
/// </summary>
public sealed class ScheduleChangeSet<TId>
    where TId : notnull
{
    /// <remarks>Parameters mirror the properties so the change set reads back from JSON as it was written.</remarks>
    public ScheduleChangeSet(
        IReadOnlyList<ScheduledDateChange<TId>> changes,
        IReadOnlyList<ScheduleConflict<TId>>? conflicts = null,
        string? refusal = null)
    {
        Changes = [.. changes];
        Conflicts = [.. conflicts ?? []];
        Refusal = refusal;
        ConfirmationReasons = ChangeSetRules.Evaluate(Changes);
    }

    public IReadOnlyList<ScheduledDateChange<TId>> Changes { get; }

    public IReadOnlyList<ScheduleConflict<TId>> Conflicts { get; }

    /// <summary>Why the operation was not planned at all (e.g. the task is locked); null when it was.</summary>
    public string? Refusal { get; }

    public bool IsRefused => Refusal is not null;

    public bool IsEmpty => Changes.Count == 0;

    public IReadOnlyList<ConfirmationReason> ConfirmationReasons { get; }

    public bool RequiresConfirmation => ConfirmationReasons.Count > 0;

    /// <summary>The undo: every task back to its old dates, with rule 17 evaluated for the way back.</summary>
    public ScheduleChangeSet<TId> Inverse() => new([.. Changes.Select(c => c.Inverse())]);

    internal static ScheduleChangeSet<TId> Refused(string reason) => new([], null, reason);
}
