namespace Panorama.Core.Structure;

/// <summary>
/// Tasks under other tasks through one link type of one site (link type ids are per site, so this builder always
/// names its connection). When a task has several parent links, the link with the lowest id (the oldest) wins.
/// </summary>
public sealed record LinkHierarchyBuilder(Guid Connection, string LinkTypeId, LinkParentSide ParentSide)
    : StructureBuilder(Connection)
{
    public override bool IsGrouping => false;
}
