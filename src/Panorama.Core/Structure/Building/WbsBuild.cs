using System.Buffers;

namespace Panorama.Core.Structure.Building;

/// <summary>
/// One build. Work goes in "units": a task occurrence with the subtree hierarchy builders already hung under it.
/// <see cref="Place"/> hands a list of units to builder i under a parent node: a grouping builder splits them into
/// group nodes and passes each group (and the units it does not apply to) to builder i+1; a hierarchy builder hangs
/// units under their parent task when the parent is among the same units, and passes the remaining roots on.
/// </summary>
internal sealed partial class WbsBuild : IDisposable
{
    private readonly IReadOnlyList<StructureBuilder> _builders;
    private readonly StructureInput _input;
    private readonly List<WbsNode> _nodes = [];
    private readonly object[] _prepared;
    private readonly NodeStore _store;
    private readonly int[] _stamp;
    private readonly int[] _occurrence;
    private readonly Stack<int> _pending = new();
    private int[] _unitOf = [];
    private int _context;

    /// <summary>The box builder that makes the top level (no grouping builder above it): it shows even empty boxes.</summary>
    private readonly int _topBoxBuilder;

    public WbsBuild(IReadOnlyList<StructureBuilder> builders, StructureInput input)
    {
        _builders = builders;
        _input = input;
        var tasks = input.Tasks;
        _store = new NodeStore(tasks.Count + 64);
        // Pooled (see NodeStore); stamps start at zero, occurrences are read only where a stamp was set.
        _stamp = ArrayPool<int>.Shared.Rent(Math.Max(tasks.Count, 1));
        Array.Clear(_stamp);
        _occurrence = ArrayPool<int>.Shared.Rent(Math.Max(tasks.Count, 1));
        _prepared = new object[builders.Count];
        for (var i = 0; i < builders.Count; i++)
        {
            _prepared[i] = builders[i] switch
            {
                ProjectBuilder project => ProjectGroups.Assign(project, i, tasks, _nodes),
                GroupByFieldBuilder groupBy => FieldGroups.Assign(groupBy, i, tasks, _nodes),
                BoxStructureBuilder boxes => BoxLayout.Create(boxes, i, input, _nodes),
                JiraHierarchyBuilder jira => ParentAssignment.Jira(jira, tasks),
                LinkHierarchyBuilder links => ParentAssignment.Links(links, tasks, input.Links),
                _ => throw new NotSupportedException($"Unknown structure builder {builders[i].GetType().Name}."),
            };
        }

        var firstGrouping = builders.ToList().FindIndex(b => b.IsGrouping);
        _topBoxBuilder = firstGrouping >= 0 && builders[firstGrouping] is BoxStructureBuilder ? firstGrouping : -1;
    }

    public void Dispose()
    {
        _store.Dispose();
        ArrayPool<int>.Shared.Return(_stamp);
        ArrayPool<int>.Shared.Return(_occurrence);
        if (_unitOf.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_unitOf);
        }
    }

    private bool ShowsEmptyBoxes(int builder, int parent) => parent == NodeStore.Root && builder <= _topBoxBuilder;

    public WbsTree Run()
    {
        var units = new List<int>(_input.Tasks.Count);
        for (var t = 0; t < _input.Tasks.Count; t++)
        {
            units.Add(_store.Add(isTask: true, t));
        }

        Place(units, 0, NodeStore.Root);
        return Flatten();
    }

    private void Place(List<int> units, int builder, int parent)
    {
        if (builder == _builders.Count)
        {
            foreach (var unit in units)
            {
                _store.AppendChild(parent, unit);
            }

            return;
        }

        if (units.Count == 0 && !ShowsEmptyBoxes(builder, parent))
        {
            return;
        }

        switch (_prepared[builder])
        {
            case GroupAssignment groups:
                PlaceInGroups(units, builder, parent, groups);
                break;
            case BoxLayout boxes:
                PlaceInBoxes(units, builder, parent, boxes);
                break;
            case int[] parents:
                PlaceUnderParents(units, builder, parent, parents);
                break;
        }
    }

    private void PlaceInGroups(List<int> units, int builder, int parent, GroupAssignment groups)
    {
        var buckets = new Dictionary<int, List<int>>();
        var rest = new List<int>();
        foreach (var unit in units)
        {
            var of = groups.GroupsOf(_store.RefOf(unit));
            if (of.IsEmpty)
            {
                rest.Add(unit);
                continue;
            }

            for (var k = 0; k < of.Length; k++)
            {
                if (!buckets.TryGetValue(of[k], out var bucket))
                {
                    buckets.Add(of[k], bucket = []);
                }

                // Only group-by repeats a task: the second and later groups get a copy of the unit's subtree.
                bucket.Add(k == 0 ? unit : _store.CopySubtree(unit));
            }
        }

        foreach (var (group, members) in buckets.OrderBy(b => groups.RankOf(b.Key)))
        {
            var node = _store.Add(isTask: false, group);
            _store.AppendChild(parent, node);
            Place(members, builder + 1, node);
        }

        Place(rest, builder + 1, parent);
    }

    private void PlaceInBoxes(List<int> units, int builder, int parent, BoxLayout boxes)
    {
        var buckets = new List<int>?[boxes.NodeOfSlot.Length];
        var rest = new List<int>();
        foreach (var unit in units)
        {
            var slot = boxes.SlotOfTask[_store.RefOf(unit)];
            if (slot < 0)
            {
                rest.Add(unit);
            }
            else
            {
                (buckets[slot] ??= []).Add(unit);
            }
        }

        // Every sub-box shows at the top of the tree; nested under other groups only the boxes that hold tasks there.
        var showEmpty = ShowsEmptyBoxes(builder, parent);
        foreach (var slot in boxes.TopSlots)
        {
            PlaceBox(slot, builder, parent, boxes, buckets, showEmpty);
        }

        Place(rest, builder + 1, parent);
    }

    private bool PlaceBox(int slot, int builder, int parent, BoxLayout boxes, List<int>?[] buckets, bool showEmpty)
    {
        if (!showEmpty && !HoldsTasks(slot, boxes, buckets))
        {
            return false;
        }

        var node = _store.Add(isTask: false, boxes.NodeOfSlot[slot]);
        _store.AppendChild(parent, node);
        foreach (var child in boxes.ChildSlots[slot])
        {
            PlaceBox(child, builder, node, boxes, buckets, showEmpty);
        }

        Place(buckets[slot] ?? [], builder + 1, node);
        return true;
    }

    private static bool HoldsTasks(int slot, BoxLayout boxes, List<int>?[] buckets) =>
        buckets[slot] is { Count: > 0 } || boxes.ChildSlots[slot].Exists(child => HoldsTasks(child, boxes, buckets));
}
