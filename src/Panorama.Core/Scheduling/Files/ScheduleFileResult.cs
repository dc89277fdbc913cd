namespace Panorama.Core.Scheduling.Files;

/// <summary>
/// A computed schedule file (SPEC 4.5). Offsets are working days from the project start; a task occupies
/// [es, ef); <c>startDate</c> and <c>endDate</c> are its early dates, the end inclusive (a milestone's end is its start).
/// </summary>
public sealed record ScheduleFileResult(
    DateOnly Start,
    DateOnly Finish,
    int Duration,
    IReadOnlyList<ScheduleFileTaskResult> Tasks,
    IReadOnlyList<string> CriticalPath,
    IReadOnlyList<ScheduleFileConflict> Conflicts);

public sealed record ScheduleFileTaskResult(
    string Id,
    string Mode,
    bool Done,
    int Duration,
    int Es,
    int Ef,
    int Ls,
    int Lf,
    DateOnly StartDate,
    DateOnly EndDate,
    int TotalFloat,
    int FreeFloat,
    bool Critical);

/// <summary>A dependency that a manual, locked or done task breaks; <c>amount</c> is how many working days late it is.</summary>
public sealed record ScheduleFileConflict(string From, string To, string Type, int Lag, int Amount, string Message);

/// <summary>Either a result or the reasons the file cannot be scheduled, each naming the task or link at fault.</summary>
public sealed record ScheduleFileOutcome(ScheduleFileResult? Result, IReadOnlyList<string> Errors)
{
    public bool IsValid => Result is not null;

    public static ScheduleFileOutcome Failed(params IReadOnlyList<string> errors) => new(null, errors);
}
