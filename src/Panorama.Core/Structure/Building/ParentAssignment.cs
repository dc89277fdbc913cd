using Panorama.Core.Tasks;

namespace Panorama.Core.Structure.Building;

/// <summary>For a hierarchy builder: each task's parent task index in the box, or -1.</summary>
internal static class ParentAssignment
{
    public static int[] Jira(JiraHierarchyBuilder builder, TaskSet tasks)
    {
        var parents = new int[tasks.Count];
        for (var t = 0; t < tasks.Count; t++)
        {
            var task = tasks[t];
            parents[t] = builder.AppliesTo(task) && task.ParentIssueId is { } parent
                ? tasks.IndexOf(new TaskKey(task.ConnectionId, parent))
                : -1;
        }

        return parents;
    }

    public static int[] Links(LinkHierarchyBuilder builder, TaskSet tasks, IReadOnlyList<TaskLink> links)
    {
        var parents = new int[tasks.Count];
        Array.Fill(parents, -1);
        var chosen = links
            .Where(l => l.ConnectionId == builder.Connection && string.Equals(l.TypeId, builder.LinkTypeId, StringComparison.Ordinal))
            .OrderBy(l => l.LinkId);
        foreach (var link in chosen)
        {
            var (parentKey, childKey) = builder.ParentSide == LinkParentSide.From ? (link.From, link.To) : (link.To, link.From);
            var child = tasks.IndexOf(childKey);
            var parent = tasks.IndexOf(parentKey);
            if (child >= 0 && parent >= 0 && child != parent && parents[child] < 0)
            {
                parents[child] = parent;
            }
        }

        return parents;
    }
}
