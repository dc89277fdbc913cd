using System.Globalization;
using System.Text.Json;
using Panorama.Jira.Model;

namespace Panorama.Jira.Serialization;

/// <summary>
/// Tolerant reads of Jira JSON kept as <see cref="JsonElement"/>: a missing key, a JSON <c>null</c> and a value of an
/// unexpected kind all read as "no value", because field shapes differ per site and between REST v2 and v3.
/// </summary>
internal static class JsonElementReading
{
    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    public static JsonElement? Property(this JsonElement? element, string name) =>
        element is { } e ? e.Property(name) : null;

    /// <summary>A string, or a number written as text (Jira writes some ids as numbers in webhooks).</summary>
    public static string? AsString(this JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        _ => null,
    };

    public static string? String(this JsonElement? element, string name) => element.Property(name).AsString();

    public static string? String(this JsonElement element, string name) => element.Property(name).AsString();

    public static bool? Boolean(this JsonElement element, string name) => ((JsonElement?)element).Boolean(name);

    public static long? Int64(this JsonElement element, string name) => element.Property(name).AsInt64();

    public static bool? Boolean(this JsonElement? element, string name) => element.Property(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } e when bool.TryParse(e.GetString(), out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A number, or a number written as text ("14.0" appears for story points in webhooks).</summary>
    public static double? AsDouble(this JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        { ValueKind: JsonValueKind.String } e when double.TryParse(e.GetString(), NumberStyles.Float,
            CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static long? AsInt64(this JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var value) => value,
        { ValueKind: JsonValueKind.String } e when long.TryParse(e.GetString(), NumberStyles.Integer,
            CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static long? Int64(this JsonElement? element, string name) => element.Property(name).AsInt64();

    /// <summary>
    /// A Jira date-time: text with a <c>±hhmm</c> offset, or a number of epoch milliseconds (webhooks). A number below
    /// 10^11 is taken as epoch seconds: such a value in milliseconds would be in 1973, in seconds it is up to year 5138.
    /// </summary>
    public static DateTimeOffset? AsDateTime(this JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e when JiraDates.TryParseDateTime(e.GetString(), out var parsed) => parsed,
        { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var number) => number < 100_000_000_000
            ? DateTimeOffset.FromUnixTimeSeconds(number)
            : DateTimeOffset.FromUnixTimeMilliseconds(number),
        _ => null,
    };

    public static DateOnly? AsDate(this JsonElement? element) =>
        element is { ValueKind: JsonValueKind.String } e && JiraDates.TryParseDate(e.GetString(), out var date)
            ? date
            : null;

    public static IEnumerable<JsonElement> Items(this JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Array } array)
        {
            yield break;
        }

        foreach (var item in array.EnumerateArray())
        {
            yield return item;
        }
    }
}
