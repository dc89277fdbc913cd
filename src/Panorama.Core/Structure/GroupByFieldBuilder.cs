using Panorama.Core.Fields;

namespace Panorama.Core.Structure;

/// <summary>
/// A group row per value of a field; a task with several values (components, fix versions, sprints) appears under
/// each, and a task with none under a "(no value)" group. <see cref="Fields"/> is one built-in field, or native fields
/// of different sites that mean the same thing (each site's Sprint field): their values merge by name. A task of a
/// site none of the native fields belongs to is left to the builders below. Statuses never merge across sites
/// (rule 15): the native <c>status</c> field groups by site and status.
/// </summary>
public sealed record GroupByFieldBuilder(IReadOnlyList<FieldRef> Fields, Guid? ConnectionId = null)
    : StructureBuilder(ConnectionId)
{
    public GroupByFieldBuilder(FieldRef field, Guid? connectionId = null)
        : this([field], connectionId)
    {
    }

    public override bool IsGrouping => true;
}
