namespace Panorama.JiraSim.Rendering;

/// <summary>
/// An issue's rendered JSON per field mask. Readers add entries concurrently (under the site's read lock) with a
/// compare-and-swap; a writer clears it under the write lock, so no reader can store JSON of an older state.
/// </summary>
internal sealed class RenderCache
{
    private const int MaxEntries = 4;
    private Entry[] _entries = [];

    public byte[]? Get(ulong key)
    {
        foreach (var entry in Volatile.Read(ref _entries))
        {
            if (entry.Key == key)
            {
                return entry.Json;
            }
        }

        return null;
    }

    public void Add(ulong key, byte[] json)
    {
        var current = Volatile.Read(ref _entries);
        var next = current.Length < MaxEntries ? new Entry[current.Length + 1] : new Entry[MaxEntries];
        Array.Copy(current, current.Length < MaxEntries ? 0 : 1, next, 0, next.Length - 1);
        next[^1] = new Entry(key, json);
        Interlocked.CompareExchange(ref _entries, next, current);
    }

    public void Clear() => Volatile.Write(ref _entries, []);

    private sealed record Entry(ulong Key, byte[] Json);
}
