using System.Globalization;

namespace Panorama.Web.Components.Gantt;

/// <summary>Dates as the API writes them (<c>YYYY-MM-DD</c>, SPEC 1).</summary>
public static class GanttDates
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>The date, or null for null, empty or malformed text.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);
}
