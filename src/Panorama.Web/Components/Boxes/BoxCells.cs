using System.Collections;
using System.Globalization;

namespace Panorama.Web.Components.Boxes;

/// <summary>Column and card values (JSON-friendly primitives from the views) as text.</summary>
public static class BoxCells
{
    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number => number.ToString("0.##", CultureInfo.InvariantCulture),
        float number => number.ToString("0.##", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format).Where(t => !string.IsNullOrEmpty(t))),
        _ => value.ToString(),
    };
}
