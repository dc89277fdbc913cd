using System.Buffers;

namespace Panorama.Jira.Http;

/// <summary>
/// A response body read whole into a buffer rented from the shared pool. Deserialising a Jira page from the network
/// stream re-scans each issue's <c>fields</c> object (kept as a <see cref="System.Text.Json.JsonElement"/>) every
/// time the serializer's 16 KB buffer runs short, and that copying was most of an import's parse time; one pass
/// over a whole page in memory is several times cheaper. A bulkfetch page of 100 issues is about 1 MB.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstSize = 64 * 1024;

    private byte[] _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    public static async Task<PooledBody> ReadAsync(Stream stream, long? contentLength, CancellationToken cancellationToken)
    {
        var size = contentLength is > 0 and < int.MaxValue ? (int)contentLength.Value + 1 : FirstSize;
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    return new PooledBody(buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
