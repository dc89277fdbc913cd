namespace Panorama.Core.Scheduling;

/// <summary>
/// A task as the scheduler sees it: a duration in working days (0 = milestone) and, for a fixed task (manual, locked
/// or done), its start as a working-day offset. Done tasks are never moved, whatever their mode.
/// </summary>
public readonly record struct ScheduleTask<TId>(TId Id, int Duration, ScheduleMode Mode = ScheduleMode.Auto, int? Start = null, bool IsDone = false)
    where TId : notnull
{
    /// <summary>Whether the scheduler keeps the task where it is.</summary>
    public bool IsFixed => Mode != ScheduleMode.Auto || IsDone;
}
