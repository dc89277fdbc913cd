using System.Text.Json;
using System.Text.Json.Serialization;

namespace Panorama.Jira.Serialization;

/// <summary>
/// Reads a string, or a number as its text: Jira writes ids as strings in REST and as numbers in some webhooks
/// (project and link ids), and changelog <c>from</c>/<c>to</c> values either way.
/// </summary>
internal sealed class FlexibleStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence
                ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence)
                : reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => SkipAndReturnNull(ref reader),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    private static string? SkipAndReturnNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}
