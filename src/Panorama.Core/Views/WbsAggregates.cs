using Panorama.Core.Fields;
using Panorama.Core.Memory;
using Panorama.Core.Structure;
using Panorama.Core.Views.Folding;

namespace Panorama.Core.Views;

/// <summary>
/// Parent-row values of one WBS for one view, computed once in O(rows × aggregated columns) so that every page after
/// that costs O(limit). Cache it with the tree it was computed for (both are immutable).
/// </summary>
public sealed class WbsAggregates
{
    private readonly RowSummary?[] _summaries;
    private readonly object?[]?[] _columns;

    private WbsAggregates(WbsTree tree, IReadOnlyList<ColumnRef> columns, RowSummary?[] summaries, object?[]?[] values)
    {
        Tree = tree;
        Columns = columns;
        _summaries = summaries;
        _columns = values;
    }

    public WbsTree Tree { get; }

    public IReadOnlyList<ColumnRef> Columns { get; }

    public static WbsAggregates Compute(WbsTree tree, IReadOnlyList<ColumnRef> columns)
    {
        var tasks = tree.Tasks;
        var duplicates = SubtreeFold.DuplicateRows(tree);
        using var perTaskScratch = new Scratch<SummaryStats>(tasks.Count, cleared: false);
        var perTask = perTaskScratch.Span;
        for (var t = 0; t < tasks.Count; t++)
        {
            perTask[t] = SummaryStats.Of(tasks[t]);
        }

        using var foldedScratch = new Scratch<SummaryStats>(tree.Count, cleared: false);
        var folded = foldedScratch.Span;
        SubtreeFold.Compute(tree, perTask, duplicates, folded);
        var summaries = new RowSummary?[tree.Count];
        for (var row = 0; row < tree.Count; row++)
        {
            summaries[row] = tree[row].HasChildren ? folded[row].ToSummary() : null;
        }

        var values = new object?[]?[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Aggregation != Aggregation.None)
            {
                values[c] = Aggregate(tree, columns[c], duplicates);
            }
        }

        return new WbsAggregates(tree, columns, summaries, values);
    }

    /// <summary>The summary of a row with children; null for a leaf.</summary>
    public RowSummary? Summary(int row) => _summaries[row];

    /// <summary>
    /// A cell: a leaf task shows its own value; a parent row shows the column's aggregation when it has one. Without
    /// one, a parent task shows its own value, and a group, project or box row shows the summary for start, end and
    /// progress and nothing for other columns.
    /// </summary>
    public object? Cell(int row, int column)
    {
        var wbsRow = Tree[row];
        var columnRef = Columns[column];
        if (wbsRow.HasChildren && _columns[column] is { } aggregated)
        {
            return aggregated[row];
        }

        if (Tree.TaskOf(wbsRow) is { } task)
        {
            return TaskFieldValues.Cell(task, columnRef.Field, Tree.Tasks.Sites);
        }

        return (columnRef.Field.BuiltIn, _summaries[row]) switch
        {
            (BuiltInField.StartDate, { } summary) => ValueFormat.Date(summary.Start),
            (BuiltInField.EndDate, { } summary) => ValueFormat.Date(summary.End),
            (BuiltInField.Progress, { } summary) => summary.Progress,
            _ => null,
        };
    }

    private static object?[] Aggregate(WbsTree tree, ColumnRef column, bool[]? duplicates)
    {
        var tasks = tree.Tasks;
        using var perTaskScratch = new Scratch<ColumnStats>(tasks.Count, cleared: false);
        var perTask = perTaskScratch.Span;
        for (var t = 0; t < tasks.Count; t++)
        {
            perTask[t] = ColumnStats.Of(tasks[t], column.Field, tasks.Sites, column.Aggregation);
        }

        using var foldedScratch = new Scratch<ColumnStats>(tree.Count, cleared: false);
        var folded = foldedScratch.Span;
        SubtreeFold.Compute(tree, perTask, duplicates, folded);
        var seconds = column.Field.BuiltIn?.Kind() == BuiltInFieldKind.Seconds;
        var result = new object?[tree.Count];
        for (var row = 0; row < tree.Count; row++)
        {
            if (tree[row].HasChildren)
            {
                result[row] = folded[row].Result(column.Aggregation, seconds);
            }
        }

        return result;
    }
}
