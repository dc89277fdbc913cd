using System.Text;
using System.Text.Json;

namespace Panorama.Core.Tasks;

/// <summary>
/// A task's native field values: Jira's <c>fields</c> object kept as the raw UTF-8 JSON the sync engine stored, and
/// parsed only when a field is asked for. Holding 100,000 tasks as parsed documents would cost several times the
/// bytes; a lookup scans the top-level properties once and slices the value without copying.
/// </summary>
public sealed class NativeFieldValues
{
    private readonly ReadOnlyMemory<byte> _utf8;

    private NativeFieldValues(ReadOnlyMemory<byte> utf8) => _utf8 = utf8;

    /// <summary>No native values (a task created in Panorama that Jira has not answered for yet).</summary>
    public static NativeFieldValues Empty { get; } = new("{}"u8.ToArray());

    /// <summary>The raw <c>fields</c> object, as stored.</summary>
    public ReadOnlyMemory<byte> Utf8Json => _utf8;

    /// <summary>Wraps the UTF-8 JSON of Jira's <c>fields</c> object; the buffer must not change afterwards.</summary>
    public static NativeFieldValues FromUtf8(ReadOnlyMemory<byte> fieldsObject)
    {
        var reader = new Utf8JsonReader(fieldsObject.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ArgumentException("Jira's fields must be a JSON object.", nameof(fieldsObject));
        }

        return new NativeFieldValues(fieldsObject);
    }

    public static NativeFieldValues FromJson(string fieldsObject) => FromUtf8(Encoding.UTF8.GetBytes(fieldsObject));

    /// <summary>The raw JSON of one field's value (zero-copy); <c>false</c> when Jira did not send the field.</summary>
    public bool TryGetRaw(string fieldId, out ReadOnlyMemory<byte> value)
    {
        var span = _utf8.Span;
        var reader = new Utf8JsonReader(span);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(fieldId);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (match)
            {
                value = _utf8[start..(int)reader.BytesConsumed];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>One field's value as a <see cref="JsonElement"/> that owns its memory.</summary>
    public bool TryGet(string fieldId, out JsonElement value)
    {
        if (TryGetRaw(fieldId, out var raw))
        {
            var reader = new Utf8JsonReader(raw.Span);
            value = JsonElement.ParseValue(ref reader);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The ids of the fields Jira sent, in order.</summary>
    public IReadOnlyList<string> FieldIds()
    {
        var ids = new List<string>();
        var reader = new Utf8JsonReader(_utf8.Span);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ids.Add(reader.GetString()!);
            reader.Read();
            reader.Skip();
        }

        return ids;
    }
}
