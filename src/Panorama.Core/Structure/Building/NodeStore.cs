using System.Buffers;

namespace Panorama.Core.Structure.Building;

/// <summary>
/// The tree being built, as parallel int arrays (an occurrence of a task, or a group row), children as linked
/// lists. Node 0 is the invisible root. Arrays instead of objects keep building 100,000 rows cheap for the GC; they
/// come from the shared pool and go back when the build is disposed, so a box version's build leaves no large-object
/// heap garbage behind.
/// </summary>
internal sealed class NodeStore : IDisposable
{
    public const int Root = 0;

    private int[] _ref;
    private int[] _firstChild;
    private int[] _lastChild;
    private int[] _nextSibling;
    private bool[] _isTask;

    public NodeStore(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _ref = ArrayPool<int>.Shared.Rent(capacity);
        _firstChild = ArrayPool<int>.Shared.Rent(capacity);
        _lastChild = ArrayPool<int>.Shared.Rent(capacity);
        _nextSibling = ArrayPool<int>.Shared.Rent(capacity);
        _isTask = ArrayPool<bool>.Shared.Rent(capacity);
        Add(isTask: false, -1);
    }

    public int Count { get; private set; }

    /// <summary>A task index for task nodes, a <see cref="WbsNode"/> index for group nodes.</summary>
    public int RefOf(int node) => _ref[node];

    public bool IsTask(int node) => _isTask[node];

    public int FirstChild(int node) => _firstChild[node];

    public int NextSibling(int node) => _nextSibling[node];

    public int Add(bool isTask, int reference)
    {
        if (Count == _ref.Length)
        {
            var size = Count * 2;
            Grow(ref _ref, size);
            Grow(ref _firstChild, size);
            Grow(ref _lastChild, size);
            Grow(ref _nextSibling, size);
            Grow(ref _isTask, size);
        }

        var node = Count++;
        _ref[node] = reference;
        _isTask[node] = isTask;
        _firstChild[node] = _lastChild[node] = _nextSibling[node] = -1;
        return node;
    }

    public void AppendChild(int parent, int child)
    {
        _nextSibling[child] = -1;
        if (_lastChild[parent] < 0)
        {
            _firstChild[parent] = child;
        }
        else
        {
            _nextSibling[_lastChild[parent]] = child;
        }

        _lastChild[parent] = child;
    }

    /// <summary>A copy of a node and everything below it, for a unit that goes under a second group.</summary>
    public int CopySubtree(int node)
    {
        var copy = Add(_isTask[node], _ref[node]);
        var pending = new Stack<(int Source, int Target)>();
        pending.Push((node, copy));
        while (pending.TryPop(out var pair))
        {
            for (var child = _firstChild[pair.Source]; child >= 0; child = _nextSibling[child])
            {
                var childCopy = Add(_isTask[child], _ref[child]);
                AppendChild(pair.Target, childCopy);
                pending.Push((child, childCopy));
            }
        }

        return copy;
    }

    /// <summary>Visits a node and everything below it (pre-order not guaranteed).</summary>
    public void VisitSubtree(int node, Action<int> visit)
    {
        var pending = new Stack<int>();
        pending.Push(node);
        while (pending.TryPop(out var current))
        {
            visit(current);
            for (var child = _firstChild[current]; child >= 0; child = _nextSibling[child])
            {
                pending.Push(child);
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_ref);
        ArrayPool<int>.Shared.Return(_firstChild);
        ArrayPool<int>.Shared.Return(_lastChild);
        ArrayPool<int>.Shared.Return(_nextSibling);
        ArrayPool<bool>.Shared.Return(_isTask);
    }

    private void Grow<T>(ref T[] array, int size)
    {
        var larger = ArrayPool<T>.Shared.Rent(size);
        Array.Copy(array, larger, Count);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }
}
