using System.Buffers;
using System.Text.Json;

namespace Panorama.Jira.Serialization;

/// <summary>Writes a request body with <see cref="Utf8JsonWriter"/>: exact keys, no reflection, nulls left out.</summary>
internal static class JsonBody
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary><c>{"key":"A-1"}</c> or, for a number, <c>{"id":"10001"}</c>: Jira accepts either to name an issue.</summary>
    public static void WriteIssueReference(this Utf8JsonWriter writer, string name, string issueIdOrKey)
    {
        writer.WriteStartObject(name);
        writer.WriteString(issueIdOrKey.All(char.IsAsciiDigit) ? "id" : "key", issueIdOrKey);
        writer.WriteEndObject();
    }
}
