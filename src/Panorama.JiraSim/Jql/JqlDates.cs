using System.Globalization;
using System.Text.RegularExpressions;

namespace Panorama.JiraSim.Jql;

/// <summary>
/// JQL date values: <c>yyyy-MM-dd</c> or <c>yyyy/MM/dd</c> with an optional <c>HH:mm</c>, relative periods such as
/// <c>-15m</c>, <c>-4h</c>, <c>-1d</c>, <c>2w</c>, and <c>now()</c>, <c>startOfDay()</c>, <c>endOfDay()</c>. The simulated
/// users' time zone is UTC.
/// </summary>
internal static partial class JqlDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm"];

    public static DateTimeOffset Resolve(JqlValue value, string field, DateTimeOffset now)
    {
        if (value.Kind == JqlValueKind.Function)
        {
            return value.Text.ToLowerInvariant() switch
            {
                "now" => now,
                "startofday" => new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero),
                "endofday" => new DateTimeOffset(now.UtcDateTime.Date.AddDays(1).AddMilliseconds(-1), TimeSpan.Zero),
                _ => throw new JqlException($"Unable to find JQL function '{value.Text}()'."),
            };
        }

        var match = Relative().Match(value.Text);
        if (match.Success)
        {
            var amount = long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) * (match.Groups[1].Value == "-" ? -1 : 1);
            return match.Groups[3].Value.ToLowerInvariant() switch
            {
                "m" => now.AddMinutes(amount),
                "h" => now.AddHours(amount),
                "d" => now.AddDays(amount),
                _ => now.AddDays(7 * amount),
            };
        }

        if (DateTime.TryParseExact(value.Text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        throw new JqlException(
            $"Date value '{value.Text}' for field '{field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.");
    }

    [GeneratedRegex(@"^([-+]?)(\d+)([mhdwMHDW])$")]
    private static partial Regex Relative();
}
