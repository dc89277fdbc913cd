namespace Panorama.Core.Structure;

/// <summary>
/// The box's sub-boxes as rows, nested as in the box hierarchy; a task goes under the deepest sub-box whose scope
/// holds it (the first by name when two siblings both do). Tasks in no sub-box stay where they are.
/// </summary>
public sealed record BoxStructureBuilder(Guid? ConnectionId = null) : StructureBuilder(ConnectionId)
{
    public override bool IsGrouping => true;
}
