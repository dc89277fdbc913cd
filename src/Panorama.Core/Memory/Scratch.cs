using System.Buffers;

namespace Panorama.Core.Memory;

/// <summary>
/// A task- or row-sized working array from the shared pool, returned when disposed. For a 100,000-task box each such
/// array is megabytes on the large object heap, which the garbage collector seldom compacts: allocated afresh for every
/// box version and view, they left the server's heap half empty (SPEC 5 memory target). Only for types without
/// references: the array is returned without clearing.
/// </summary>
internal readonly struct Scratch<T> : IDisposable
    where T : struct
{
    private readonly T[] _array;

    /// <param name="length">Elements needed.</param>
    /// <param name="cleared">Whether the caller reads elements before writing them (they start as default then).</param>
    public Scratch(int length, bool cleared)
    {
        _array = length == 0 ? [] : ArrayPool<T>.Shared.Rent(length);
        Length = length;
        if (cleared)
        {
            Array.Clear(_array, 0, length);
        }
    }

    public int Length { get; }

    public Span<T> Span => _array.AsSpan(0, Length);

    public void Dispose()
    {
        if (_array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(_array);
        }
    }
}
