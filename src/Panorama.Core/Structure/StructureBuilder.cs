using Panorama.Core.Tasks;

namespace Panorama.Core.Structure;

/// <summary>
/// One entry of a box's ordered structure builder list (SPEC 3.4). A builder limited to a connection (rule 8)
/// leaves other sites' tasks to the builders below it.
/// </summary>
public abstract record StructureBuilder(Guid? ConnectionId)
{
    /// <summary>Grouping builders make rows of their own (projects, groups, boxes); hierarchy builders place tasks under tasks.</summary>
    public abstract bool IsGrouping { get; }

    public bool AppliesTo(PlanTask task) => ConnectionId is not { } only || task.ConnectionId == only;
}
