namespace Panorama.Core.Structure.Building;

/// <summary>
/// For one grouping builder: the groups each task goes to (compressed rows: task t's groups are
/// <c>groups[start[t]..start[t+1]]</c>; none means the builder does not apply to t), and each group's rank in the
/// builder's display order.
/// </summary>
internal sealed class GroupAssignment
{
    private readonly int[] _start;
    private readonly int[] _groups;
    private readonly int[] _rank;

    private GroupAssignment(int[] start, int[] groups, int[] rank)
    {
        _start = start;
        _groups = groups;
        _rank = rank;
    }

    public ReadOnlySpan<int> GroupsOf(int task) => _groups.AsSpan(_start[task], _start[task + 1] - _start[task]);

    public int RankOf(int group) => _rank[group];

    /// <summary>Collects task -&gt; groups; tasks must be added in index order.</summary>
    internal sealed class Collector(int taskCount)
    {
        private readonly int[] _start = new int[taskCount + 1];
        private readonly List<int> _groups = new(taskCount);
        private int _next;

        public void Add(int task, int group)
        {
            Seal(task);
            _groups.Add(group);
        }

        public GroupAssignment Build(GroupCatalog catalog)
        {
            Seal(taskCount);
            return new GroupAssignment(_start, [.. _groups], catalog.Ranks());
        }

        private void Seal(int task)
        {
            while (_next <= task)
            {
                _start[_next++] = _groups.Count;
            }
        }
    }
}
