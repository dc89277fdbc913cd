namespace Panorama.Web.Components.Gantt;

/// <summary>
/// Fetches rows in aligned blocks (<c>blockSize</c> rows, e.g. 100) and keeps the most recently used few, so
/// scrolling a little asks the source nothing and scrolling far asks for one or two blocks.
/// </summary>
public sealed class GanttRowCache(int blockSize, int maxBlocks)
{
    private readonly Dictionary<int, IReadOnlyList<GanttRow>> _blocks = [];
    private readonly LinkedList<int> _recent = new();

    /// <summary>The source's total row count as of the last fetch; null before the first.</summary>
    public int? TotalCount { get; private set; }

    public int BlockSize => blockSize;

    /// <summary>Rows <c>[start, start + count)</c> (fewer at the end), fetching the blocks not held.</summary>
    public async Task<IReadOnlyList<GanttRow>> GetAsync(IGanttDataSource source, int start, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        var rows = new List<GanttRow>(count);
        if (count <= 0)
        {
            return rows;
        }

        for (var block = start / blockSize; block <= (start + count - 1) / blockSize; block++)
        {
            var blockRows = await BlockAsync(source, block, cancellationToken);
            var blockStart = block * blockSize;
            for (var i = Math.Max(start, blockStart); i < Math.Min(start + count, blockStart + blockRows.Count); i++)
            {
                rows.Add(blockRows[i - blockStart]);
            }

            if (blockRows.Count < blockSize)
            {
                break; // the last block
            }
        }

        return rows;
    }

    /// <summary>Forgets every block: the next read asks the source again.</summary>
    public void Clear()
    {
        _blocks.Clear();
        _recent.Clear();
    }

    private async Task<IReadOnlyList<GanttRow>> BlockAsync(IGanttDataSource source, int block, CancellationToken cancellationToken)
    {
        if (_blocks.TryGetValue(block, out var held))
        {
            _recent.Remove(block);
            _recent.AddFirst(block);
            return held;
        }

        var page = await source.GetRowsAsync(block * blockSize, blockSize, cancellationToken);
        TotalCount = page.TotalCount;
        _blocks[block] = page.Rows;
        _recent.AddFirst(block);
        while (_recent.Count > maxBlocks)
        {
            _blocks.Remove(_recent.Last!.Value);
            _recent.RemoveLast();
        }

        return page.Rows;
    }
}
