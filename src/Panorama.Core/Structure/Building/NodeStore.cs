namespace Panorama.Core.Structure.Building;

/// <summary>
/// The tree being built, as parallel int arrays (an occurrence of a task, or a group row), children as linked
/// lists. Node 0 is the invisible root. Arrays instead of objects keep building 100,000 rows cheap for the GC.
/// </summary>
internal sealed class NodeStore
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
        _ref = new int[capacity];
        _firstChild = new int[capacity];
        _lastChild = new int[capacity];
        _nextSibling = new int[capacity];
        _isTask = new bool[capacity];
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
            Array.Resize(ref _ref, size);
            Array.Resize(ref _firstChild, size);
            Array.Resize(ref _lastChild, size);
            Array.Resize(ref _nextSibling, size);
            Array.Resize(ref _isTask, size);
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
}
