using System.Text.Json;
using System.Text.Json.Serialization;
using Panorama.Jira.Model;

namespace Panorama.Jira.Serialization;

/// <summary>
/// Reads a Jira date-time written as text with a <c>±hhmm</c> offset or as an epoch number (see
/// <see cref="JsonElementReading.AsDateTime"/>); anything unreadable becomes null rather than failing the payload.
/// </summary>
internal sealed class JiraDateTimeConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return JiraDates.TryParseDateTime(reader.GetString(), out var parsed) ? parsed : null;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number < 100_000_000_000
                    ? DateTimeOffset.FromUnixTimeSeconds(number)
                    : DateTimeOffset.FromUnixTimeMilliseconds(number);
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            writer.WriteStringValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
