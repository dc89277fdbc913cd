namespace Panorama.Core.Structure;

/// <summary>Tasks under their Jira parent (epic -&gt; story -&gt; sub-task), when the parent is in the box.</summary>
public sealed record JiraHierarchyBuilder(Guid? ConnectionId = null) : StructureBuilder(ConnectionId)
{
    public override bool IsGrouping => false;
}
