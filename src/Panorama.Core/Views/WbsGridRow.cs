using Panorama.Core.Structure;
using Panorama.Core.Tasks;

namespace Panorama.Core.Views;

/// <summary>
/// A WBS row ready to serialise: the row's place in the tree, what it is (a task, or the node of a group, project or
/// box), its label (a task's summary, a node's label), its cells in the view's column order (JSON-friendly
/// primitives) and, for a parent row, its summary.
/// </summary>
public sealed record WbsGridRow(
    WbsRow Row,
    string Label,
    PlanTask? Task,
    WbsNode? Node,
    IReadOnlyList<object?> Cells,
    RowSummary? Summary);
