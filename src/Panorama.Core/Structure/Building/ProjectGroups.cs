using Panorama.Core.Tasks;

namespace Panorama.Core.Structure.Building;

/// <summary>Project builder: a group per (site, project), ordered by site then project key.</summary>
internal static class ProjectGroups
{
    public static GroupAssignment Assign(ProjectBuilder builder, int builderIndex, TaskSet tasks, List<WbsNode> nodes)
    {
        var catalog = new GroupCatalog(nodes);
        var collector = new GroupAssignment.Collector(tasks.Count);
        var byProject = new Dictionary<(Guid, string), int>();
        for (var t = 0; t < tasks.Count; t++)
        {
            var task = tasks[t];
            if (!builder.AppliesTo(task))
            {
                continue;
            }

            if (!byProject.TryGetValue((task.ConnectionId, task.Project.Id), out var group))
            {
                var node = new WbsNode(WbsRowKind.Project, $"{builderIndex}:p:{task.ConnectionId:N}:{task.Project.Id}",
                    task.Project.Key, builderIndex)
                {
                    Value = task.Project.Key,
                    ConnectionId = task.ConnectionId,
                    Project = task.Project,
                };
                group = catalog.Add(node, new GroupSort(tasks.Sites.OrderOf(task.ConnectionId), 0, task.Project.Key));
                byProject.Add((task.ConnectionId, task.Project.Id), group);
            }

            collector.Add(t, group);
        }

        return collector.Build(catalog);
    }
}
