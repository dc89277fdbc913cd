namespace Panorama.JiraSim.Rendering;

/// <summary>
/// An issue's rendered JSON per field mask. Readers add entries concurrently (under the site's read lock) with a
/// compare-and-swap; a writer clears it under the write lock, so no reader can store JSON of an older state. All
/// caches of a site share one <see cref="RenderBudget"/>, so a large site cannot grow without bound.
/// <para>
/// A render is kept the second time its mask is rendered, not the first: an import reads every issue once, and
/// keeping each first render copied a quarter of a gigabyte that was never read again (it also filled the budget with
/// those issues, leaving none for the ones clients do read again). The masks rendered once are remembered, racily:
/// a lost note only costs one more render.
/// </para>
/// </summary>
internal sealed class RenderCache(RenderBudget budget)
{
    private const int MaxEntries = 4;
    private Entry[] _entries = [];
    private ulong[] _renderedOnce = [];

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

    /// <summary>
    /// Keeps a copy of <paramref name="rendered"/> when the site's budget allows. The copy lives on the pinned object
    /// heap: a cached render stays until its issue changes, and on the ordinary heap a large site's hundreds of
    /// megabytes were copied from generation to generation by the garbage collector of the process that hosts the
    /// simulator (in benchmarks, the Panorama host whose import is being measured).
    /// </summary>
    public void Add(ulong key, ReadOnlySpan<byte> rendered)
    {
        if (!RenderedBefore(key) || !budget.TryReserve(rendered.Length))
        {
            return;
        }

        var json = GC.AllocateUninitializedArray<byte>(rendered.Length, pinned: true);
        rendered.CopyTo(json);

        var current = Volatile.Read(ref _entries);
        var full = current.Length >= MaxEntries;
        var next = new Entry[full ? MaxEntries : current.Length + 1];
        Array.Copy(current, full ? 1 : 0, next, 0, next.Length - 1);
        next[^1] = new Entry(key, json);
        if (Interlocked.CompareExchange(ref _entries, next, current) == current)
        {
            budget.Release(full ? current[0].Json.Length : 0);
        }
        else
        {
            budget.Release(json.Length);
        }
    }

    public void Clear()
    {
        Volatile.Write(ref _renderedOnce, []);
        var old = Interlocked.Exchange(ref _entries, []);
        long freed = 0;
        foreach (var entry in old)
        {
            freed += entry.Json.Length;
        }

        budget.Release(freed);
    }

    /// <summary>Whether the mask was rendered before since the issue last changed; notes it when not.</summary>
    private bool RenderedBefore(ulong key)
    {
        var seen = Volatile.Read(ref _renderedOnce);
        if (Array.IndexOf(seen, key) >= 0)
        {
            return true;
        }

        var next = new ulong[Math.Min(seen.Length + 1, MaxEntries)];
        Array.Copy(seen, seen.Length - (next.Length - 1), next, 0, next.Length - 1);
        next[^1] = key;
        Volatile.Write(ref _renderedOnce, next);
        return false;
    }

    private sealed record Entry(ulong Key, byte[] Json);
}

/// <summary>How many bytes of rendered issue JSON a site may keep.</summary>
internal sealed class RenderBudget(long limit)
{
    private long _used;

    public long Used => Interlocked.Read(ref _used);

    public bool TryReserve(long bytes)
    {
        if (Interlocked.Add(ref _used, bytes) <= limit)
        {
            return true;
        }

        Interlocked.Add(ref _used, -bytes);
        return false;
    }

    public void Release(long bytes) => Interlocked.Add(ref _used, -bytes);
}
