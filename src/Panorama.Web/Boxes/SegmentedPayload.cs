using System.Buffers;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Net.Http.Headers;

namespace Panorama.Web.Boxes;

/// <summary>
/// A large response body (the Gantt payload, a CSV report) kept in 64 KiB segments and sent as they are. A
/// 100,000-task Gantt payload is about 23 MB: serialised into one array it passes through a doubling buffer
/// (1, 2, 4 ... 32 MB) and a final copy, all on the large object heap, whose allocations trigger full collections of
/// the whole heap and leave it fragmented. Segments below the 85,000-byte threshold stay on the small object heap,
/// need no copy, and are compacted normally. A payload kept for a while (the Gantt's, one per box version) is kept
/// gzip-compressed (<see cref="CompressedJson"/>): a seventh of the bytes in the server's memory and on the wire.
/// </summary>
internal sealed partial class SegmentedPayload(string contentType, string? fileName = null) : IBufferWriter<byte>, IResult
{
    private const int SegmentSize = 64 * 1024;
    private readonly List<(byte[] Bytes, int Length)> _segments = [];
    private byte[] _current = [];
    private int _used;

    /// <summary>The bytes held (compressed when <see cref="IsGzip"/>).</summary>
    public long Length { get; private set; }

    /// <summary>Whether the segments hold the body gzip-compressed.</summary>
    public bool IsGzip { get; private set; }

    /// <summary>The body's length as a client that does not accept gzip receives it.</summary>
    public long DecodedLength { get; private set; }

    /// <summary>
    /// JSON compressed as it is written (fastest level: about a seventh of the size, at a few hundred megabytes a
    /// second), so the plain payload never exists in full. Sent as is with <c>Content-Encoding: gzip</c> to clients
    /// that accept it (browsers, curl --compressed), decompressed on the way out to the others.
    /// </summary>
    public static SegmentedPayload CompressedJson<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var payload = new SegmentedPayload("application/json") { IsGzip = true };
        var counted = new Counting(new GZipStream(new Appending(payload), CompressionLevel.Fastest));
        using (counted)
        {
            // The serializer flushes to the stream as it goes (a Utf8JsonWriter over a stream would buffer it all).
            JsonSerializer.Serialize(counted, value, typeInfo);
        }

        payload.Seal();
        payload.DecodedLength = counted.Written;
        return payload;
    }

    /// <summary>Text written by <paramref name="write"/>, in UTF-8.</summary>
    public static SegmentedPayload Text(string contentType, string? fileName, Action<TextWriter> write)
    {
        var payload = new SegmentedPayload(contentType, fileName);
        using (var writer = new StreamWriter(new Appending(payload), new UTF8Encoding(false), 16 * 1024))
        {
            write(writer);
        }

        payload.Seal();
        payload.DecodedLength = payload.Length;
        return payload;
    }

    public void Advance(int count)
    {
        _used += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_used);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_used);

    /// <summary>The body as a client that does not accept gzip receives it, for tests.</summary>
    public byte[] ToArray()
    {
        if (IsGzip)
        {
            using var plain = new MemoryStream();
            using (var gzip = new GZipStream(new Reading(this), CompressionMode.Decompress))
            {
                gzip.CopyTo(plain);
            }

            return plain.ToArray();
        }

        var bytes = new byte[Length];
        var at = 0;
        foreach (var (segment, length) in _segments)
        {
            segment.AsSpan(0, length).CopyTo(bytes.AsSpan(at));
            at += length;
        }

        return bytes;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = contentType;
        if (fileName is not null)
        {
            response.GetTypedHeaders().ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName };
        }

        if (IsGzip)
        {
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (!AcceptsGzip(httpContext.Request))
            {
                response.ContentLength = DecodedLength;
                await using var gzip = new GZipStream(new Reading(this), CompressionMode.Decompress);
                await gzip.CopyToAsync(response.Body, httpContext.RequestAborted);
                return;
            }

            response.Headers.ContentEncoding = "gzip";
        }

        response.ContentLength = Length;
        foreach (var (segment, length) in _segments)
        {
            await response.Body.WriteAsync(segment.AsMemory(0, length), httpContext.RequestAborted);
        }
    }

    private static bool AcceptsGzip(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Quality is not 0
            && (string.Equals(e.Value.Value, "gzip", StringComparison.OrdinalIgnoreCase) || e.Value.Value == "*"));

    private byte[] Reserve(int sizeHint)
    {
        if (_current.Length - _used >= Math.Max(sizeHint, 1))
        {
            return _current;
        }

        Seal();
        _current = new byte[Math.Max(SegmentSize, sizeHint)];
        return _current;
    }

    private void Seal()
    {
        if (_used > 0)
        {
            _segments.Add((_current, _used));
        }

        _current = [];
        _used = 0;
    }
}
