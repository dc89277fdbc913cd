using System.Globalization;

namespace Panorama.Core.Fields;

/// <summary>JSON-friendly forms of values (SPEC 1): dates as <c>YYYY-MM-DD</c>, estimates as whole seconds.</summary>
public static class ValueFormat
{
    // Pages and flattened payloads format the same few thousand days over and over: keep each day's text once
    // (1990-01-01 .. 2100-12-31, the range rule 17 allows writing; other days are formatted each time).
    private static readonly int FirstCachedDay = new DateOnly(1990, 1, 1).DayNumber;
    private static readonly string?[] CachedDays = new string?[new DateOnly(2100, 12, 31).DayNumber - FirstCachedDay + 1];

    public static string Date(DateOnly date)
    {
        var slot = date.DayNumber - FirstCachedDay;
        if ((uint)slot >= (uint)CachedDays.Length)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return CachedDays[slot] ??= date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>Reads <c>YYYY-MM-DD</c>, or the date part of a Jira date-time (<c>2026-01-05T10:00:00.000+0100</c>).</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        return text is { Length: >= 10 } &&
               DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
