namespace Panorama.Core.Structure;

/// <summary>A row per Jira project (per site), its tasks under it.</summary>
public sealed record ProjectBuilder(Guid? ConnectionId = null) : StructureBuilder(ConnectionId)
{
    public override bool IsGrouping => true;
}
