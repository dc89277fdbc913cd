namespace Panorama.Core.Structure;

/// <summary>
/// One row of the flattened WBS, in tree order. A row's subtree is the contiguous range
/// <c>[Index + 1, SubtreeEnd)</c>; its first child (if any) is <c>Index + 1</c> and each next sibling starts at the
/// previous one's <see cref="SubtreeEnd"/>. <see cref="TaskIndex"/> points into the tree's <see cref="Tasks.TaskSet"/>
/// for task rows, <see cref="NodeIndex"/> into <see cref="WbsTree.Nodes"/> for the others (-1 where not used).
/// </summary>
public readonly record struct WbsRow(
    int Index,
    WbsRowKind Kind,
    int Depth,
    int Parent,
    int SubtreeEnd,
    int ChildCount,
    int TaskIndex,
    int NodeIndex)
{
    public bool HasChildren => ChildCount > 0;

    /// <summary>Number of rows below this one (all depths).</summary>
    public int DescendantCount => SubtreeEnd - Index - 1;
}
