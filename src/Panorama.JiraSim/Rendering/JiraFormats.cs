using System.Globalization;
using System.Text;

namespace Panorama.JiraSim.Rendering;

/// <summary>Jira's wire formats: dates <c>yyyy-MM-dd</c>, date-times <c>2019-08-29T12:40:00.000+0000</c> (no colon).</summary>
internal static class JiraFormats
{
    public const long SecondsPerMinute = 60;
    public const long SecondsPerHour = 3600;

    /// <summary>Jira's default time tracking: a day is 8 hours, a week 5 days.</summary>
    public const long SecondsPerDay = 8 * SecondsPerHour;
    public const long SecondsPerWeek = 5 * SecondsPerDay;

    public static string DateTime(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Seconds as Jira shows an estimate: <c>1w 2d 3h 30m</c>.</summary>
    public static string Duration(long seconds)
    {
        if (seconds <= 0)
        {
            return "0m";
        }

        var text = new StringBuilder();
        Append(text, seconds / SecondsPerWeek, 'w');
        Append(text, seconds % SecondsPerWeek / SecondsPerDay, 'd');
        Append(text, seconds % SecondsPerDay / SecondsPerHour, 'h');
        Append(text, seconds % SecondsPerHour / SecondsPerMinute, 'm');
        return text.Length == 0 ? "0m" : text.ToString();
    }

    /// <summary>Parses <c>2w 3d 4h 30m</c>; a bare number means minutes, as Jira's default unit.</summary>
    public static bool TryParseDuration(string? text, out long seconds)
    {
        seconds = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var part in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var unit = char.ToLowerInvariant(part[^1]);
            var number = char.IsDigit(unit) ? part : part[..^1];
            if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            {
                return false;
            }

            var factor = unit switch
            {
                'w' => SecondsPerWeek,
                'd' => SecondsPerDay,
                'h' => SecondsPerHour,
                'm' => SecondsPerMinute,
                _ when char.IsDigit(unit) => SecondsPerMinute,
                _ => -1,
            };
            if (factor < 0)
            {
                return false;
            }

            seconds += (long)Math.Round(amount * factor);
        }

        return true;
    }

    private static void Append(StringBuilder text, long amount, char unit)
    {
        if (amount > 0)
        {
            text.Append(text.Length > 0 ? " " : "").Append(amount).Append(unit);
        }
    }
}
