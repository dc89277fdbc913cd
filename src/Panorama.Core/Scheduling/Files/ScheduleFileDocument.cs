namespace Panorama.Core.Scheduling.Files;

/// <summary>
/// The schedule file of SPEC 4.5 as written: every value is optional here so that a missing or malformed one can be
/// reported by name instead of failing the whole parse.
/// </summary>
public sealed record ScheduleFileDocument
{
    /// <summary>The project start, <c>YYYY-MM-DD</c>; offset 0 is the first working day on or after it.</summary>
    public string? Start { get; init; }

    /// <summary>Working weekdays and holidays; Mon-Fri without holidays when absent.</summary>
    public ScheduleFileCalendar? Calendar { get; init; }

    public IReadOnlyList<ScheduleFileTask?>? Tasks { get; init; }

    public IReadOnlyList<ScheduleFileLink?>? Links { get; init; }
}

public sealed record ScheduleFileCalendar
{
    /// <summary><c>Mon</c> .. <c>Sun</c> (full names are accepted too).</summary>
    public IReadOnlyList<string?>? WorkingDays { get; init; }

    /// <summary>Dates, <c>YYYY-MM-DD</c>.</summary>
    public IReadOnlyList<string?>? Holidays { get; init; }
}

public sealed record ScheduleFileTask
{
    public string? Id { get; init; }

    /// <summary>Working days; 0 for a milestone.</summary>
    public int? Duration { get; init; }

    /// <summary><c>auto</c> (default), <c>manual</c> or <c>locked</c>.</summary>
    public string? Mode { get; init; }

    /// <summary>Required for manual, locked and done tasks (they never move); ignored for auto tasks.</summary>
    public string? StartDate { get; init; }

    /// <summary>A task in the Done status category: never moved, like a locked one.</summary>
    public bool? Done { get; init; }
}

public sealed record ScheduleFileLink
{
    public string? From { get; init; }

    public string? To { get; init; }

    /// <summary><c>FS</c> (default), <c>SS</c>, <c>FF</c> or <c>SF</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Working days; negative for a lead.</summary>
    public int? Lag { get; init; }

    /// <summary><c>strong</c> (default) or <c>soft</c> (drawn only, not scheduled).</summary>
    public string? Strength { get; init; }
}
