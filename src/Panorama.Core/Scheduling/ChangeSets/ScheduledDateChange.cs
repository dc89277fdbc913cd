namespace Panorama.Core.Scheduling.ChangeSets;

/// <summary>One task's dates before and after a change set (end dates inclusive).</summary>
public readonly record struct ScheduledDateChange<TId>(TId TaskId, DateOnly OldStart, DateOnly OldEnd, DateOnly NewStart, DateOnly NewEnd)
    where TId : notnull
{
    /// <summary>The change that puts the task back.</summary>
    public ScheduledDateChange<TId> Inverse() => new(TaskId, NewStart, NewEnd, OldStart, OldEnd);
}
