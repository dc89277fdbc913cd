using System.Globalization;
using Panorama.Core.Fields;
using Panorama.Core.Scheduling.Calendars;

namespace Panorama.Data.Boxes.Storage;

/// <summary>A box's working calendar as stored: weekday abbreviations and ISO dates, both comma-separated.</summary>
public static class CalendarText
{
    public const string DefaultWorkingDays = "Mon,Tue,Wed,Thu,Fri";

    private static readonly string[] Abbreviations = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    public static string Abbreviation(DayOfWeek day) => Abbreviations[(int)day];

    /// <summary>Reads <c>Mon</c>, <c>monday</c>, <c>MON</c>...; false for anything else.</summary>
    public static bool TryParseDay(string text, out DayOfWeek day)
    {
        var trimmed = text.Trim();
        for (var i = 0; i < Abbreviations.Length; i++)
        {
            if (trimmed.Length >= 3 && (string.Equals(trimmed, Abbreviations[i], StringComparison.OrdinalIgnoreCase) ||
                                        string.Equals(trimmed, ((DayOfWeek)i).ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                day = (DayOfWeek)i;
                return true;
            }
        }

        day = default;
        return false;
    }

    public static string FormatDays(IEnumerable<DayOfWeek> days) =>
        string.Join(',', days.Distinct().OrderBy(d => ((int)d + 6) % 7).Select(Abbreviation));

    public static string FormatHolidays(IEnumerable<DateOnly> holidays) =>
        string.Join(',', holidays.Distinct().Order().Select(d => ValueFormat.Date(d)));

    /// <summary>The calendar a box row describes; unreadable parts fall back to the default (Mon-Fri, no holidays).</summary>
    public static WorkingCalendar Read(string workingDays, string holidays)
    {
        var days = workingDays.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => TryParseDay(d, out var day) ? day : (DayOfWeek?)null).OfType<DayOfWeek>().ToList();
        var dates = holidays.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => DateOnly.TryParseExact(d.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null)
            .OfType<DateOnly>();
        return days.Count == 0 ? WorkingCalendar.Standard : new WorkingCalendar(days, dates);
    }
}
