namespace Panorama.Core.Scheduling.Calendars;

/// <summary>
/// Working weekdays and holidays (SPEC 3.5; default Mon-Fri, no holidays). Every working day has a
/// <em>working-day number</em>: how many working days lie before it since 0001-01-01. Conversions are O(1) for the
/// weekly pattern plus a binary search over the holidays, so they are exact across weekends, holidays and year ends
/// and cost the same for a date next week or in 2090.
/// </summary>
public sealed class WorkingCalendar
{
    // Day index 0 is Monday: DateOnly.DayNumber 0 (0001-01-01) was a Monday.
    private readonly bool[] _isWorking = new bool[7];
    private readonly int[] _workingBefore = new int[7];
    private readonly int[] _weekdayOfRank;
    private readonly int _perWeek;

    // Holidays on working weekdays, sorted: their pattern numbers, and pattern number minus rank (non-decreasing),
    // which turns "the n-th working day" into one binary search.
    private readonly int[] _holidayPattern;
    private readonly int[] _holidayPatternMinusRank;

    public WorkingCalendar(IEnumerable<DayOfWeek> workingDays, IEnumerable<DateOnly>? holidays = null)
    {
        foreach (var day in workingDays)
        {
            _isWorking[DayIndex(day)] = true;
        }

        var ranks = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            _workingBefore[i] = ranks.Count;
            if (_isWorking[i])
            {
                ranks.Add(i);
            }
        }

        if (ranks.Count == 0)
        {
            throw new ArgumentException("A working calendar needs at least one working weekday.", nameof(workingDays));
        }

        _weekdayOfRank = [.. ranks];
        _perWeek = ranks.Count;
        WorkingDays = [.. ranks.Select(i => (DayOfWeek)((i + 1) % 7))];

        // Holidays on non-working weekdays change nothing; duplicates count once.
        Holidays = [.. (holidays ?? []).Distinct().Order()];
        _holidayPattern = [.. Holidays.Where(d => _isWorking[d.DayNumber % 7]).Select(PatternNumber)];
        _holidayPatternMinusRank = [.. _holidayPattern.Select((p, rank) => p - rank)];
    }

    /// <summary>Monday to Friday, no holidays: the default of every box.</summary>
    public static WorkingCalendar Standard { get; } = new(
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);

    public IReadOnlyList<DayOfWeek> WorkingDays { get; }

    public IReadOnlyList<DateOnly> Holidays { get; }

    public bool IsWorkingDay(DateOnly date) =>
        _isWorking[date.DayNumber % 7] && Array.BinarySearch(_holidayPattern, PatternNumber(date)) < 0;

    /// <summary>
    /// The number of working days before <paramref name="date"/>: for a working day its own number, for a weekend
    /// day or holiday the number of the next working day.
    /// </summary>
    public int ToWorkingDayNumber(DateOnly date)
    {
        var pattern = PatternNumber(date);
        return pattern - LowerBound(_holidayPattern, pattern);
    }

    /// <summary>The working day with the given number (the inverse of <see cref="ToWorkingDayNumber"/>).</summary>
    public DateOnly FromWorkingDayNumber(int number)
    {
        if (!TryFromWorkingDayNumber(number, out var date))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "The working day falls outside the years 1 to 9999.");
        }

        return date;
    }

    public bool TryFromWorkingDayNumber(int number, out DateOnly date)
    {
        date = default;
        if (number < 0)
        {
            return false;
        }

        var pattern = (long)number + UpperBound(_holidayPatternMinusRank, number);
        var dayNumber = (pattern / _perWeek * 7) + _weekdayOfRank[pattern % _perWeek];
        if (dayNumber > DateOnly.MaxValue.DayNumber)
        {
            return false;
        }

        date = DateOnly.FromDayNumber((int)dayNumber);
        return true;
    }

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the next working day.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => FromWorkingDayNumber(ToWorkingDayNumber(date));

    /// <summary>
    /// The working day <paramref name="days"/> working days after (or, when negative, before) the working day on or
    /// after <paramref name="date"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int days) => FromWorkingDayNumber(ToWorkingDayNumber(date) + days);

    /// <summary>Working days in <paramref name="first"/> .. <paramref name="last"/>, both included; 0 when last &lt; first.</summary>
    public int CountWorkingDays(DateOnly first, DateOnly last) =>
        last < first ? 0 : ToWorkingDayNumber(last.AddDays(1)) - ToWorkingDayNumber(first);

    private int PatternNumber(DateOnly date)
    {
        var day = date.DayNumber;
        return (day / 7 * _perWeek) + _workingBefore[day % 7];
    }

    private static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>How many values are &lt; <paramref name="value"/>.</summary>
    private static int LowerBound(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < value)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>How many values are &lt;= <paramref name="value"/>.</summary>
    private static int UpperBound(int[] sorted, int value) => LowerBound(sorted, value + 1);
}
