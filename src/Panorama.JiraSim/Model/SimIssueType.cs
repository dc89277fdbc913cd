namespace Panorama.JiraSim.Model;

/// <summary>An issue type; <see cref="HierarchyLevel"/> is 1 for epics, 0 for standard types and -1 for sub-tasks.</summary>
internal sealed record SimIssueType(long Id, string Name, string Description, int HierarchyLevel, int AvatarId, Guid EntityId)
{
    public bool Subtask => HierarchyLevel < 0;
}
