using Panorama.Core.Tasks;

namespace Panorama.Core.Structure;

/// <summary>
/// A box's WBS: immutable rows in tree order (see <see cref="WbsRow"/>). A page is a slice of the row array, so
/// serving <c>offset</c>/<c>limit</c> costs O(limit) whatever the box's size.
/// </summary>
public sealed class WbsTree
{
    private readonly WbsRow[] _rows;
    private readonly WbsNode[] _nodes;
    private Dictionary<TaskKey, int[]>? _rowsByTask;

    internal WbsTree(TaskSet tasks, WbsRow[] rows, WbsNode[] nodes, int topLevelCount)
    {
        Tasks = tasks;
        _rows = rows;
        _nodes = nodes;
        TopLevelCount = topLevelCount;
    }

    public TaskSet Tasks { get; }

    public int Count => _rows.Length;

    public int TopLevelCount { get; }

    public IReadOnlyList<WbsNode> Nodes => _nodes;

    public WbsRow this[int index] => _rows[index];

    public IReadOnlyList<WbsRow> Rows => _rows;

    /// <summary>The rows without interface calls, for the O(rows) passes in this assembly.</summary>
    internal ReadOnlySpan<WbsRow> RowSpan => _rows;

    /// <summary>Rows <c>[offset, offset + limit)</c>, clamped to the tree; O(1) to create, no copying.</summary>
    public ArraySegment<WbsRow> Page(int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var start = Math.Min(offset, _rows.Length);
        return new ArraySegment<WbsRow>(_rows, start, Math.Min(limit, _rows.Length - start));
    }

    public PlanTask? TaskOf(in WbsRow row) => row.TaskIndex >= 0 ? Tasks[row.TaskIndex] : null;

    public WbsNode? NodeOf(in WbsRow row) => row.NodeIndex >= 0 ? _nodes[row.NodeIndex] : null;

    /// <summary>The row's label: the issue key and summary of a task, the label of a group, project or box.</summary>
    public string LabelOf(in WbsRow row) =>
        TaskOf(row) is { } task ? $"{task.IssueKey} {task.Summary}" : NodeOf(row)!.Label;

    /// <summary>Direct children of a row (-1: the top level).</summary>
    public IEnumerable<int> Children(int parent)
    {
        var end = parent < 0 ? _rows.Length : _rows[parent].SubtreeEnd;
        for (var child = parent + 1; child < end; child = _rows[child].SubtreeEnd)
        {
            yield return child;
        }
    }

    /// <summary>The rows where a task appears: one, or several under group-by builders; none when it is not in the box.</summary>
    public IReadOnlyList<int> RowsOf(TaskKey key)
    {
        var index = LazyInitializer.EnsureInitialized(ref _rowsByTask, BuildRowsByTask);
        return index.TryGetValue(key, out var rows) ? rows : [];
    }

    private Dictionary<TaskKey, int[]> BuildRowsByTask() => _rows.Where(r => r.TaskIndex >= 0)
        .GroupBy(r => Tasks[r.TaskIndex].Key).ToDictionary(g => g.Key, g => g.Select(r => r.Index).ToArray());
}
