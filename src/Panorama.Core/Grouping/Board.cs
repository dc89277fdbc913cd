using Panorama.Core.Fields;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;

namespace Panorama.Core.Grouping;

/// <summary>
/// Groups a box's tasks into board columns in a deterministic order: status groups by category, then site order,
/// then name; categories as To Do, In Progress, Done (all three, even empty); people by name with unassigned last;
/// field values numerically or by text with "(no value)" last. Cards keep the box's task order. A task with several
/// values of a multi-valued field is on several columns.
/// </summary>
public static class Board
{
    public static IReadOnlyList<BoardGroup> Group(TaskSet tasks, BoardGroupBy groupBy)
    {
        var builder = groupBy.Kind switch
        {
            BoardGroupKind.Status => new GroupByFieldBuilder([.. tasks.Sites.Sites.Select(s => FieldRef.Native(s.ConnectionId, "status"))]),
            BoardGroupKind.StatusCategory => new GroupByFieldBuilder(BuiltInField.StatusCategory),
            BoardGroupKind.Assignee => new GroupByFieldBuilder(BuiltInField.Assignee),
            _ => new GroupByFieldBuilder(groupBy.Field ?? throw new ArgumentException("Grouping by field needs a field.", nameof(groupBy))),
        };
        var tree = WbsBuilder.Build([builder], new StructureInput(tasks, []));

        var groups = new List<BoardGroup>();
        var withoutValue = new List<PlanTask>();
        foreach (var top in tree.Children(-1))
        {
            var row = tree[top];
            if (tree.TaskOf(row) is { } ungrouped)
            {
                // A native field of another site: the task has no value for it.
                withoutValue.Add(ungrouped);
                continue;
            }

            var node = tree.NodeOf(row)!;
            var cards = tree.Children(top).Select(child => tree.TaskOf(tree[child])!).ToList();
            if (node.Value is null)
            {
                withoutValue.InsertRange(0, cards);
                continue;
            }

            var site = node.ConnectionId is { } id ? tasks.Sites.Find(id) : null;
            groups.Add(new BoardGroup(node.Key, node.Label, node.Value, groupBy.Kind == BoardGroupKind.Status ? site : null, cards));
        }

        if (groupBy.Kind == BoardGroupKind.StatusCategory)
        {
            groups = [.. Enum.GetValues<StatusCategory>().Select(c =>
                groups.FirstOrDefault(g => g.Label == c.DisplayName()) ?? new BoardGroup($"0:cat:{c}", c.DisplayName(), c.DisplayName(), null, []))];
        }

        if (withoutValue.Count > 0)
        {
            var label = groupBy.Kind == BoardGroupKind.Assignee ? "Unassigned" : "(no value)";
            groups.Add(new BoardGroup("none", label, null, null, [.. withoutValue.OrderBy(t => t, new TaskOrder(tasks.Sites))]));
        }

        return groups;
    }
}
