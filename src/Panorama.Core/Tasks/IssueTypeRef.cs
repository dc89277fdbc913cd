namespace Panorama.Core.Tasks;

/// <summary>
/// A Jira issue type of one site. <see cref="HierarchyLevel"/> is Jira's <c>hierarchyLevel</c>: 1 for epics, 0 for
/// standard types, -1 for sub-tasks.
/// </summary>
public sealed record IssueTypeRef(string Id, string Name, int HierarchyLevel, bool IsSubtask);
