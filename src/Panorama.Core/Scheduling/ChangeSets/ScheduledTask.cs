namespace Panorama.Core.Scheduling.ChangeSets;

/// <summary>
/// A task as it stands in a box: its current dates (end inclusive) and how the scheduler may move it. A milestone
/// lasts 0 working days; any other task at least 1.
/// </summary>
public readonly record struct ScheduledTask<TId>(
    TId Id,
    DateOnly Start,
    DateOnly End,
    ScheduleMode Mode = ScheduleMode.Auto,
    bool IsDone = false,
    bool IsMilestone = false)
    where TId : notnull
{
    public bool IsFixed => Mode != ScheduleMode.Auto || IsDone;
}
