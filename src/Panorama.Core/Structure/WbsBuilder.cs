using Panorama.Core.Structure.Building;

namespace Panorama.Core.Structure;

/// <summary>
/// Turns a box's tasks into its WBS with the box's ordered structure builders (SPEC 3.4). See
/// <c>Structure/README.md</c> for the rules: grouping builders nest in list order, hierarchy builders place tasks
/// under tasks within the groups above them, the higher builder wins a conflict, and only group-by repeats a task.
/// </summary>
public static class WbsBuilder
{
    public static WbsTree Build(IReadOnlyList<StructureBuilder> builders, StructureInput input)
    {
        using var build = new WbsBuild(builders, input);
        return build.Run();
    }
}
