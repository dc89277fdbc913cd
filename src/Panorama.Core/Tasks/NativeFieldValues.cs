using System.Text;
using System.Text.Json;

namespace Panorama.Core.Tasks;

/// <summary>
/// A task's native field values: Jira's <c>fields</c> object kept as the raw UTF-8 JSON the sync engine stored, and
/// parsed only when a field is asked for. Holding 100,000 tasks as parsed documents would cost several times the
/// bytes; a lookup scans the top-level properties once and slices the value without copying.
/// <para>
/// Values can also arrive in the store's compressed form (<see cref="FromEncoded"/>) and stay so until a field is
/// first asked for: an import refreshes the box cache after every batch, and decompressing every row it loaded (about
/// 8 KB of JSON an issue) was 800 MB per 100,000 issues that no view had asked for yet. The first lookup decodes once
/// and keeps the JSON: an aggregate over a native column looks up every task on every box update, and decoding on
/// each lookup made webhook freshness p99 about 100 ms worse.
/// </para>
/// </summary>
public sealed class NativeFieldValues
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly IFieldsDecoder? _decoder;
    private byte[]? _decoded;

    private NativeFieldValues(ReadOnlyMemory<byte> bytes, IFieldsDecoder? decoder)
    {
        _bytes = bytes;
        _decoder = decoder;
    }

    /// <summary>No native values (a task created in Panorama that Jira has not answered for yet).</summary>
    public static NativeFieldValues Empty { get; } = new("{}"u8.ToArray(), null);

    /// <summary>The raw <c>fields</c> object, as stored (decoded first when it came encoded).</summary>
    public ReadOnlyMemory<byte> Utf8Json => _decoder is null ? _bytes : Volatile.Read(ref _decoded) ?? Decode();

    /// <summary>Whether the values came in the store's encoded form and have not been decoded yet.</summary>
    public bool IsEncoded => _decoder is not null && Volatile.Read(ref _decoded) is null;

    /// <summary>Wraps the UTF-8 JSON of Jira's <c>fields</c> object; the buffer must not change afterwards.</summary>
    public static NativeFieldValues FromUtf8(ReadOnlyMemory<byte> fieldsObject)
    {
        var reader = new Utf8JsonReader(fieldsObject.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ArgumentException("Jira's fields must be a JSON object.", nameof(fieldsObject));
        }

        return new NativeFieldValues(fieldsObject, null);
    }

    public static NativeFieldValues FromJson(string fieldsObject) => FromUtf8(Encoding.UTF8.GetBytes(fieldsObject));

    /// <summary>
    /// Keeps a store's encoded form of a fields object; <paramref name="decoder"/> restores it at the first lookup.
    /// The buffer must not change afterwards. Not checked here (that would decode it): a value that does not decode to
    /// a JSON object fails the lookup that reads it.
    /// </summary>
    public static NativeFieldValues FromEncoded(ReadOnlyMemory<byte> encoded, IFieldsDecoder decoder) => new(encoded, decoder);

    /// <summary>The raw JSON of one field's value (zero-copy); <c>false</c> when Jira did not send the field.</summary>
    public bool TryGetRaw(string fieldId, out ReadOnlyMemory<byte> value)
    {
        var json = Utf8Json;
        var reader = Object(json.Span);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(fieldId);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (match)
            {
                value = json[start..(int)reader.BytesConsumed];
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
        var reader = Object(Utf8Json.Span);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ids.Add(reader.GetString()!);
            reader.Read();
            reader.Skip();
        }

        return ids;
    }

    private static Utf8JsonReader Object(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidDataException("A task's stored fields are not a JSON object.");
        }

        return reader;
    }

    /// <summary>Decodes and keeps the JSON. Two threads may both decode at once; they keep equal bytes.</summary>
    private byte[] Decode()
    {
        var json = new byte[_decoder!.DecodedLength(_bytes.Span)];
        _decoder.Decode(_bytes.Span, json);
        Volatile.Write(ref _decoded, json);
        return json;
    }
}
