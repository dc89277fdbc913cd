namespace Panorama.Core.Scheduling.ChangeSets;

/// <summary>
/// A person moves or resizes one task: a new start and, optionally, a new end (inclusive) or a new duration in
/// working days. Without either the task keeps its duration.
/// </summary>
public readonly record struct ScheduleMove<TId>(TId TaskId, DateOnly NewStart, DateOnly? NewEnd = null, int? NewDuration = null)
    where TId : notnull;
