using System.Buffers;
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
/// need no copy, and are compacted normally.
/// </summary>
internal sealed class SegmentedPayload(string contentType, string? fileName = null) : IBufferWriter<byte>, IResult
{
    private const int SegmentSize = 64 * 1024;
    private readonly List<(byte[] Bytes, int Length)> _segments = [];
    private byte[] _current = [];
    private int _used;

    public long Length { get; private set; }

    public static SegmentedPayload Json<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var payload = new SegmentedPayload("application/json");
        using (var writer = new Utf8JsonWriter(payload))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        payload.Seal();
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
        return payload;
    }

    public void Advance(int count)
    {
        _used += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_used);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_used);

    /// <summary>The payload as it is sent, for tests.</summary>
    public byte[] ToArray()
    {
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
        response.ContentLength = Length;
        if (fileName is not null)
        {
            response.GetTypedHeaders().ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName };
        }

        foreach (var (segment, length) in _segments)
        {
            await response.Body.WriteAsync(segment.AsMemory(0, length), httpContext.RequestAborted);
        }
    }

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

    /// <summary>A write-only stream that appends to the payload (for writers that take a stream).</summary>
    private sealed class Appending(SegmentedPayload payload) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => payload.Length;

        public override long Position { get => payload.Length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            while (!buffer.IsEmpty)
            {
                var target = payload.GetSpan();
                var count = Math.Min(target.Length, buffer.Length);
                buffer[..count].CopyTo(target);
                payload.Advance(count);
                buffer = buffer[count..];
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
