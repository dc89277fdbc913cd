using Panorama.Core.Tasks;

namespace Panorama.Core.Structure;

/// <summary>What the structure builders arrange: the box's tasks, the Jira links among them, and its sub-boxes.</summary>
public sealed record StructureInput(TaskSet Tasks, IReadOnlyList<TaskLink> Links, SubBoxTree? SubBoxes = null)
{
    public SiteDirectory Sites => Tasks.Sites;
}
