using System.Globalization;

namespace Panorama.Core.Fields;

/// <summary>JSON-friendly forms of values (SPEC 1): dates as <c>YYYY-MM-DD</c>, estimates as whole seconds.</summary>
public static class ValueFormat
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>Reads <c>YYYY-MM-DD</c>, or the date part of a Jira date-time (<c>2026-01-05T10:00:00.000+0100</c>).</summary>
    public static bool TryParseDate(string? text, out DateOnly date)
    {
        date = default;
        return text is { Length: >= 10 } &&
               DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
