namespace Panorama.Core.Tasks;

/// <summary>
/// A task's identity: the connection (site) it lives on and Jira's numeric issue id. The issue key (<c>OPS-12</c>)
/// is an attribute, not an identity: keys change when issues move between projects.
/// </summary>
public readonly record struct TaskKey(Guid ConnectionId, long IssueId)
{
    public override string ToString() => $"{ConnectionId:N}/{IssueId}";
}
