using Panorama.Core.Memory;

namespace Panorama.Core.Structure.Building;

internal sealed partial class WbsBuild
{
    /// <summary>
    /// Writes the node tree out in tree order (iteratively: hierarchies can be deep), then fills each row's subtree
    /// end and child count in one backward pass: rows are in pre-order, so a subtree is a contiguous range.
    /// </summary>
    private WbsTree Flatten()
    {
        // Every row is a node, so the node count bounds the rows.
        using var orderScratch = new Scratch<(int Node, int Parent, int Depth)>(_store.Count, cleared: false);
        var order = orderScratch.Span;
        var count = 0;
        var pending = new Stack<(int Node, int Parent, int Depth)>();
        var children = new List<int>();
        PushChildren(NodeStore.Root, -1, 0);
        while (pending.TryPop(out var item))
        {
            var row = count;
            order[count++] = item;
            PushChildren(item.Node, row, item.Depth + 1);
        }

        using var subtreeEndScratch = new Scratch<int>(count, cleared: true);
        var subtreeEnd = subtreeEndScratch.Span;
        using var childCountScratch = new Scratch<int>(count, cleared: true);
        var childCount = childCountScratch.Span;
        var topLevel = 0;
        for (var row = count - 1; row >= 0; row--)
        {
            subtreeEnd[row] = Math.Max(subtreeEnd[row], row + 1);
            var parent = order[row].Parent;
            if (parent < 0)
            {
                topLevel++;
                continue;
            }

            subtreeEnd[parent] = Math.Max(subtreeEnd[parent], subtreeEnd[row]);
            childCount[parent]++;
        }

        var rows = new WbsRow[count];
        for (var row = 0; row < count; row++)
        {
            var (node, parent, depth) = order[row];
            var reference = _store.RefOf(node);
            rows[row] = _store.IsTask(node)
                ? new WbsRow(row, WbsRowKind.Task, depth, parent, subtreeEnd[row], childCount[row], reference, -1)
                : new WbsRow(row, _nodes[reference].Kind, depth, parent, subtreeEnd[row], childCount[row], -1, reference);
        }

        return new WbsTree(_input.Tasks, rows, [.. _nodes], topLevel);

        void PushChildren(int node, int parentRow, int depth)
        {
            children.Clear();
            for (var child = _store.FirstChild(node); child >= 0; child = _store.NextSibling(child))
            {
                children.Add(child);
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push((children[i], parentRow, depth));
            }
        }
    }
}
