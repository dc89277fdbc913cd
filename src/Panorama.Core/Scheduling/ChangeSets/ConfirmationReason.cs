namespace Panorama.Core.Scheduling.ChangeSets;

public enum ConfirmationReasonKind
{
    /// <summary>More than <see cref="ChangeSetRules.MaxTasksWithoutConfirmation"/> tasks change at once.</summary>
    TooManyTasks,

    /// <summary>A new date falls outside <see cref="ChangeSetRules.EarliestDate"/> .. <see cref="ChangeSetRules.LatestDate"/>.</summary>
    DateOutOfRange,
}

/// <summary>Why a change set needs an explicit confirmation before it is written (rule 17).</summary>
public sealed record ConfirmationReason(ConfirmationReasonKind Kind, string Message);
