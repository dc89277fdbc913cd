using System.Collections.Concurrent;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;
using Panorama.Core.Views;

namespace Panorama.Core.Boxes;

/// <summary>
/// A box as the WBS, Gantt and board endpoints serve it: its tasks, the built tree and, per column view, the parent
/// row values, computed on first use and kept. Immutable; sync changes make a new snapshot with <see cref="With"/>
/// (a full rebuild of the tree, cheap enough at 100,000 tasks: see the boxes bench), which a holder swaps in
/// atomically while readers keep paging the old one.
/// </summary>
public sealed class BoxSnapshot
{
    private readonly ConcurrentDictionary<string, Lazy<WbsAggregates>> _aggregates = new(StringComparer.Ordinal);

    public BoxSnapshot(StructureDefinition structure, StructureInput input)
    {
        Structure = structure;
        Input = input;
        Tree = WbsBuilder.Build(structure.Builders, input);
    }

    public StructureDefinition Structure { get; }

    public StructureInput Input { get; }

    public TaskSet Tasks => Input.Tasks;

    public WbsTree Tree { get; }

    /// <summary>Parent-row values for a view's columns, computed once per distinct list of columns.</summary>
    public WbsAggregates AggregatesFor(IReadOnlyList<ColumnRef> columns)
    {
        var key = string.Join('|', columns.Select(c => $"{c.Field.ToStorageString()}/{c.Aggregation}"));
        return _aggregates.GetOrAdd(key, _ => new Lazy<WbsAggregates>(() => WbsAggregates.Compute(Tree, columns))).Value;
    }

    /// <summary>One page of the grid for a view: O(limit) once the view's aggregates exist.</summary>
    public IReadOnlyList<WbsGridRow> Page(View view, int offset, int limit) => WbsGrid.Page(AggregatesFor(view.Columns), offset, limit);

    /// <summary>The snapshot after sync changed some tasks (and, when given, the links or the sub-boxes).</summary>
    public BoxSnapshot With(IEnumerable<PlanTask> upserts, IEnumerable<TaskKey> removals,
        IReadOnlyList<TaskLink>? links = null, SubBoxTree? subBoxes = null) =>
        new(Structure, new StructureInput(Tasks.With(upserts, removals), links ?? Input.Links, subBoxes ?? Input.SubBoxes));

    /// <summary>The same tasks arranged by another structure (after a box's builders were edited).</summary>
    public BoxSnapshot WithStructure(StructureDefinition structure) => new(structure, Input);
}
