using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Panorama.Core.Tasks;

/// <summary>
/// A task's native field values: Jira's <c>fields</c> object kept as the raw UTF-8 JSON the sync engine stored, and
/// parsed only when a field is asked for. Holding 100,000 tasks as parsed documents would cost several times the
/// bytes; a lookup scans the top-level properties once and slices the value without copying.
/// <para>
/// Values can also stay in the store's compressed form (<see cref="FromEncoded"/>): an imported issue's fields are
/// about 8 KB of JSON and a third of that compressed, so 100,000 tasks hold some 250 MB instead of 800 MB, and a load
/// does not decompress what may never be looked at. A lookup then decodes into a pooled buffer and copies out only
/// the value it found.
/// </para>
/// </summary>
public sealed class NativeFieldValues
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly IFieldsDecoder? _decoder;

    private NativeFieldValues(ReadOnlyMemory<byte> bytes, IFieldsDecoder? decoder)
    {
        _bytes = bytes;
        _decoder = decoder;
    }

    /// <summary>No native values (a task created in Panorama that Jira has not answered for yet).</summary>
    public static NativeFieldValues Empty { get; } = new("{}"u8.ToArray(), null);

    /// <summary>The raw <c>fields</c> object (decoded into a new buffer when it is kept encoded).</summary>
    public ReadOnlyMemory<byte> Utf8Json => _decoder is null ? _bytes : Decoded();

    /// <summary>Whether the values are kept in the store's encoded form.</summary>
    public bool IsEncoded => _decoder is not null;

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
    /// Keeps a store's encoded form of a fields object; <paramref name="decoder"/> restores it on each lookup. The
    /// buffer must not change afterwards. Not checked here (that would decode it): a value that does not decode to a
    /// JSON object fails the lookup that reads it.
    /// </summary>
    public static NativeFieldValues FromEncoded(ReadOnlyMemory<byte> encoded, IFieldsDecoder decoder) => new(encoded, decoder);

    /// <summary>
    /// The raw JSON of one field's value; <c>false</c> when Jira did not send the field. Zero-copy for plain values; a
    /// copy of just the value for encoded ones.
    /// </summary>
    public bool TryGetRaw(string fieldId, out ReadOnlyMemory<byte> value)
    {
        if (_decoder is null)
        {
            if (Find(_bytes.Span, fieldId) is { } range)
            {
                value = _bytes[range];
                return true;
            }

            value = default;
            return false;
        }

        var rented = Decode(out var json);
        try
        {
            if (Find(json, fieldId) is { } found)
            {
                value = json[found].ToArray();
                return true;
            }

            value = default;
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
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
        if (_decoder is null)
        {
            return FieldIds(_bytes.Span);
        }

        var rented = Decode(out var json);
        try
        {
            return FieldIds(json);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static Range? Find(ReadOnlySpan<byte> json, string fieldId)
    {
        var reader = Object(json);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(fieldId);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (match)
            {
                return start..(int)reader.BytesConsumed;
            }
        }

        return null;
    }

    private static List<string> FieldIds(ReadOnlySpan<byte> json)
    {
        var ids = new List<string>();
        var reader = Object(json);
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

    /// <summary>The decoded JSON in a rented buffer (returned by the caller); <paramref name="json"/> is its content.</summary>
    private byte[] Decode(out ReadOnlySpan<byte> json)
    {
        var length = _decoder!.DecodedLength(_bytes.Span);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            _decoder.Decode(_bytes.Span, rented.AsSpan(0, length));
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(rented);
            throw;
        }

        json = rented.AsSpan(0, length);
        return rented;
    }

    private byte[] Decoded()
    {
        var json = new byte[_decoder!.DecodedLength(_bytes.Span)];
        _decoder.Decode(_bytes.Span, json);
        return json;
    }
}
