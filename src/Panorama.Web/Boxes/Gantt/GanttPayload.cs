using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Panorama.Web.Boxes.Gantt;

/// <summary>
/// A serialised JSON payload kept in 64 KiB segments and sent as they are. A 100,000-task Gantt payload is about
/// 23 MB: serialised into one array it passes through a doubling buffer (1, 2, 4 ... 32 MB) and a final copy, all on
/// the large object heap, whose allocations trigger full collections of the whole heap and leave it fragmented.
/// Segments below the 85,000-byte threshold stay on the small object heap, need no copy, and are compacted normally.
/// </summary>
internal sealed class GanttPayload : IBufferWriter<byte>, IResult
{
    private const int SegmentSize = 64 * 1024;
    private readonly List<(byte[] Bytes, int Length)> _segments = [];
    private byte[] _current = [];
    private int _used;

    public long Length { get; private set; }

    public static GanttPayload Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var payload = new GanttPayload();
        using (var writer = new Utf8JsonWriter(payload))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
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
        response.ContentType = "application/json";
        response.ContentLength = Length;
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
}
