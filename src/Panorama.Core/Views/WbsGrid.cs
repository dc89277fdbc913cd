namespace Panorama.Core.Views;

/// <summary>Pages of the WBS grid for a view: O(limit) per page once the aggregates are computed.</summary>
public static class WbsGrid
{
    public static IReadOnlyList<WbsGridRow> Page(WbsAggregates aggregates, int offset, int limit)
    {
        var tree = aggregates.Tree;
        var page = tree.Page(offset, limit);
        var rows = new List<WbsGridRow>(page.Count);
        foreach (var row in page)
        {
            var cells = new object?[aggregates.Columns.Count];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = aggregates.Cell(row.Index, c);
            }

            var task = tree.TaskOf(row);
            var node = tree.NodeOf(row);
            rows.Add(new WbsGridRow(row, task?.Summary ?? node!.Label, task, node, cells, aggregates.Summary(row.Index)));
        }

        return rows;
    }
}
