using System.Buffers;
using System.Buffers.Binary;
using K4os.Compression.LZ4;
using Panorama.Core.Tasks;

namespace Panorama.Data.Tasks;

/// <summary>
/// Jira's <c>fields</c> object as SQLite keeps it in <c>tasks.FieldsJson</c>: LZ4-compressed when it is large. An
/// issue's fields are about 8 KB of JSON that repeats itself (URLs, avatar links, user and status objects): as they
/// came they took three 4 KB pages a row (a local part and two overflow pages), and writing those pages to the WAL and
/// again to the database was the largest part of an import's write time. LZ4 shrinks them about three times in some
/// ten microseconds (on the fetching threads, not the writer) and restores them faster than they can be read.
/// <para>
/// Format: a value that starts with <see cref="Lz4Block"/> is that byte, the JSON's length (4 bytes, little-endian)
/// and one LZ4 block; anything else is the JSON's UTF-8 text as it is (small objects, rows written before
/// compression, placeholders). JSON text never starts with byte 1. PostgreSQL keeps plain text: it compresses large
/// values itself (TOAST).
/// </para>
/// </summary>
public static class StoredFields
{
    /// <summary>Below this many bytes the JSON is kept as it is: it fits in a page with room to spare anyway.</summary>
    public const int CompressFrom = 1024;

    private const byte Lz4Block = 0x01;
    private const int HeaderLength = 5;

    /// <summary>The stored form of a fields object's UTF-8 JSON.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length < CompressFrom)
        {
            return utf8Json.ToArray();
        }

        var buffer = ArrayPool<byte>.Shared.Rent(HeaderLength + LZ4Codec.MaximumOutputSize(utf8Json.Length));
        try
        {
            var length = LZ4Codec.Encode(utf8Json, buffer.AsSpan(HeaderLength), LZ4Level.L00_FAST);
            if (length <= 0 || length >= utf8Json.Length)
            {
                return utf8Json.ToArray(); // Incompressible: not worth a decode on every read.
            }

            buffer[0] = Lz4Block;
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(1), utf8Json.Length);
            return buffer.AsSpan(0, HeaderLength + length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static bool IsCompressed(ReadOnlySpan<byte> stored) => stored.Length > HeaderLength && stored[0] == Lz4Block;

    /// <summary>The UTF-8 JSON a stored value holds (the same array when it was kept as it is).</summary>
    public static byte[] Decompress(byte[] stored)
    {
        if (!IsCompressed(stored))
        {
            return stored;
        }

        var json = new byte[Lz4Decoder.Instance.DecodedLength(stored)];
        Lz4Decoder.Instance.Decode(stored, json);
        return json;
    }

    /// <summary>
    /// A stored value as a task's native fields, kept compressed when it is until a field is first asked for: the box
    /// cache holds every task of the store this way.
    /// </summary>
    public static NativeFieldValues ToNativeFields(byte[] stored) => IsCompressed(stored)
        ? NativeFieldValues.FromEncoded(stored, Lz4Decoder.Instance)
        : NativeFieldValues.FromUtf8(stored);

    private sealed class Lz4Decoder : IFieldsDecoder
    {
        public static readonly Lz4Decoder Instance = new();

        public int DecodedLength(ReadOnlySpan<byte> encoded)
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(encoded[1..]);
            return length > 0 ? length : throw new InvalidDataException($"A stored fields value claims {length} bytes of JSON.");
        }

        public void Decode(ReadOnlySpan<byte> encoded, Span<byte> utf8Json)
        {
            var decoded = LZ4Codec.Decode(encoded[HeaderLength..], utf8Json);
            if (decoded != utf8Json.Length)
            {
                throw new InvalidDataException($"A stored fields value decoded to {decoded} bytes instead of {utf8Json.Length}: the row is damaged.");
            }
        }
    }
}
