using System.Globalization;

namespace Panorama.Jira.Model;

/// <summary>
/// Jira's date formats (shared/docs/jira-cloud-api.md 5.3): dates are <c>yyyy-MM-dd</c>; date-times look like
/// <c>2019-07-30T11:02:24.312-0700</c>, an offset without a colon that <see cref="DateTimeOffset.Parse(string)"/>
/// does not read; webhook timestamps are epoch milliseconds.
/// </summary>
public static class JiraDates
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
    ];

    /// <summary>Reads a Jira date-time with a <c>±hhmm</c>, <c>±hh:mm</c> or <c>Z</c> offset.</summary>
    public static bool TryParseDateTime(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        Span<char> buffer = stackalloc char[40];
        scoped var input = text;
        if (text.Length is > 5 and < 39 && IsCompactOffset(text))
        {
            // Insert the colon: "-0700" becomes "-07:00", which the zzz specifier accepts.
            text[..^2].CopyTo(buffer);
            buffer[text.Length - 2] = ':';
            text[^2..].CopyTo(buffer[(text.Length - 1)..]);
            input = buffer[..(text.Length + 1)];
        }

        return DateTimeOffset.TryParseExact(input, DateTimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>Reads a Jira date (<c>yyyy-MM-dd</c>).</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>The form Jira accepts for date fields (<c>duedate</c>, date pickers): <c>yyyy-MM-dd</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A webhook <c>timestamp</c> or other epoch-milliseconds value.</summary>
    public static DateTimeOffset FromEpochMilliseconds(long milliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private static bool IsCompactOffset(ReadOnlySpan<char> text)
    {
        var sign = text[^5];
        return (sign == '+' || sign == '-')
            && char.IsAsciiDigit(text[^4]) && char.IsAsciiDigit(text[^3])
            && char.IsAsciiDigit(text[^2]) && char.IsAsciiDigit(text[^1])
            && text[^6] != '-'; // "2019-05-11" ends in a date, not an offset
    }
}
