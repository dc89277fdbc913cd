namespace Panorama.Core.Scheduling.Calendars;

/// <summary>
/// Working-day offsets from a project start on a calendar (SPEC 4.5): offset 0 is the first working day on or after
/// the start; a task occupies [es, ef), so it starts on the date of <c>es</c> and ends (inclusive) on the date of
/// <c>ef - 1</c>. A milestone (es == ef) starts and ends on the date of <c>es</c>.
/// </summary>
public readonly record struct ScheduleTimeline
{
    public ScheduleTimeline(WorkingCalendar calendar, DateOnly start)
    {
        Calendar = calendar;
        Start = start;
        Origin = calendar.ToWorkingDayNumber(start);
    }

    public WorkingCalendar Calendar { get; }

    public DateOnly Start { get; }

    /// <summary>The working-day number of offset 0.</summary>
    public int Origin { get; }

    /// <summary>The offset of a date; a weekend day or holiday has the offset of the next working day.</summary>
    public int ToOffset(DateOnly date) => Calendar.ToWorkingDayNumber(date) - Origin;

    public DateOnly ToDate(int offset) => Calendar.FromWorkingDayNumber(Origin + offset);

    public bool TryToDate(int offset, out DateOnly date) =>
        Calendar.TryFromWorkingDayNumber((int)Math.Clamp((long)Origin + offset, -1, int.MaxValue), out date);

    public DateOnly StartDate(int earlyStart) => ToDate(earlyStart);

    /// <summary>The inclusive end date of a task occupying [start, finish).</summary>
    public DateOnly EndDate(int start, int finish) => ToDate(finish > start ? finish - 1 : start);
}
