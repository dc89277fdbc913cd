using System.Buffers;

namespace Panorama.Core.Structure.Building;

internal sealed partial class WbsBuild
{
    /// <summary>
    /// Hangs each unit under its parent task's occurrence among these units. A unit already under a task (placed by
    /// a higher builder) is not a unit here, so the higher builder wins. An edge that would close a cycle (a parent
    /// inside the unit's own subtree) is skipped; union-find over units keeps that check near O(1).
    /// </summary>
    private void PlaceUnderParents(List<int> units, int builder, int parent, int[] parents)
    {
        var context = ++_context;
        if (_unitOf.Length < _store.Count)
        {
            var larger = ArrayPool<int>.Shared.Rent(Math.Max(_store.Count, _unitOf.Length * 2));
            Array.Copy(_unitOf, larger, _unitOf.Length);
            if (_unitOf.Length > 0)
            {
                ArrayPool<int>.Shared.Return(_unitOf);
            }

            _unitOf = larger;
        }

        foreach (var unit in units)
        {
            MarkSubtree(unit, context);
        }

        var roots = new List<int>();
        foreach (var unit in units)
        {
            var parentTask = parents[_store.RefOf(unit)];
            if (parentTask >= 0 && _stamp[parentTask] == context)
            {
                var target = _occurrence[parentTask];
                var targetUnit = Find(target);
                if (targetUnit != unit)
                {
                    _store.AppendChild(target, unit);
                    _unitOf[unit] = targetUnit;
                    continue;
                }
            }

            roots.Add(unit);
        }

        Place(roots, builder + 1, parent);
    }

    /// <summary>Records where each task of a unit occurs in this context; iterative, as link chains can be deep.</summary>
    private void MarkSubtree(int unit, int context)
    {
        _pending.Push(unit);
        while (_pending.TryPop(out var node))
        {
            var task = _store.RefOf(node);
            _stamp[task] = context;
            _occurrence[task] = node;
            _unitOf[node] = unit;
            for (var child = _store.FirstChild(node); child >= 0; child = _store.NextSibling(child))
            {
                _pending.Push(child);
            }
        }
    }

    private int Find(int node)
    {
        while (_unitOf[node] != node)
        {
            var next = _unitOf[node];
            _unitOf[node] = _unitOf[next];
            node = next;
        }

        return node;
    }
}
