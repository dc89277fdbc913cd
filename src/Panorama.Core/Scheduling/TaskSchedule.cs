namespace Panorama.Core.Scheduling;

/// <summary>
/// One task's result of the critical-path method, in working-day offsets: it occupies [EarlyStart, EarlyFinish) and
/// could occupy [LateStart, LateFinish) without delaying the project finish or a fixed successor.
/// </summary>
public readonly record struct TaskSchedule(
    int EarlyStart,
    int EarlyFinish,
    int LateStart,
    int LateFinish,
    int TotalFloat,
    int FreeFloat,
    bool IsCritical);
