using System.Globalization;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;

namespace Panorama.Core.Structure.Building;

/// <summary>Group-by builder: a group per value (several for multi-valued fields), "(no value)" last.</summary>
internal static class FieldGroups
{
    public const string NoValueLabel = "(no value)";

    private static readonly string[] CategoryKeys = ["cat:ToDo", "cat:InProgress", "cat:Done"];

    public static GroupAssignment Assign(GroupByFieldBuilder builder, int builderIndex, TaskSet tasks, List<WbsNode> nodes)
    {
        var catalog = new GroupCatalog(nodes);
        var collector = new GroupAssignment.Collector(tasks.Count);
        var builtIn = builder.Fields.FirstOrDefault(f => !f.IsNative);
        var values = new List<GroupValue>(4);
        for (var t = 0; t < tasks.Count; t++)
        {
            var task = tasks[t];
            var field = builtIn ?? builder.Fields.FirstOrDefault(f => f.ConnectionId == task.ConnectionId);
            if (!builder.AppliesTo(task) || field is null)
            {
                continue;
            }

            values.Clear();
            Read(task, field, tasks.Sites, values);
            if (values.Count == 0)
            {
                values.Add(new GroupValue("none", NoValueLabel, null, GroupSort.NoValue));
            }

            foreach (var value in values)
            {
                if (!catalog.TryGet(value.Key, out var group))
                {
                    group = catalog.Add(value.Key, value.ToNode(builderIndex), value.Sort);
                }

                collector.Add(t, group);
            }
        }

        return collector.Build(catalog);
    }

    private static void Read(PlanTask task, FieldRef field, SiteDirectory sites, List<GroupValue> values)
    {
        switch (field.BuiltIn)
        {
            case BuiltInField.StatusCategory:
                var category = task.StatusCategory;
                values.Add(new GroupValue(CategoryKeys[(int)category], category.DisplayName(), category.DisplayName(),
                    new GroupSort((int)category, 0, "")));
                return;
            case BuiltInField.Assignee when task.Assignee is { } person:
                values.Add(new GroupValue("user:" + person.AccountId, person.DisplayName, person.DisplayName, new GroupSort(1, 0, person.DisplayName)));
                return;
            case BuiltInField.Site:
                var name = sites.NameOf(task.ConnectionId);
                values.Add(new GroupValue($"site:{task.ConnectionId:N}", name, name, new GroupSort(sites.OrderOf(task.ConnectionId), 0, name))
                {
                    ConnectionId = task.ConnectionId,
                });
                return;
            case { } other:
                AddText(TaskFieldValues.BuiltIn(task, other, sites), values);
                return;
        }

        if (field.FieldId == "status" && field.ConnectionId == task.ConnectionId)
        {
            // Rule 15: a status is (site, status id); two sites' "In Progress" stay two groups.
            var status = task.Status;
            values.Add(new GroupValue($"status:{task.ConnectionId:N}:{status.Id}", status.Name, status.Name,
                new GroupSort(((int)status.Category * 4096) + Math.Min(sites.OrderOf(task.ConnectionId), 4095), 0, status.Name))
            {
                ConnectionId = task.ConnectionId,
            });
            return;
        }

        if (TaskFieldValues.TryGetNative(task, field, out var json))
        {
            foreach (var text in JiraValueText.Texts(json))
            {
                AddText(text, values);
            }
        }
    }

    private static void AddText(object? value, List<GroupValue> values)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (!string.IsNullOrEmpty(text) && !values.Exists(v => v.Label == text))
        {
            values.Add(new GroupValue("value:" + text, text, value, GroupSort.ForText(text)));
        }
    }

    private sealed record GroupValue(string Key, string Label, object? Value, GroupSort Sort)
    {
        public Guid? ConnectionId { get; init; }

        public WbsNode ToNode(int builderIndex) =>
            new(WbsRowKind.Group, $"{builderIndex}:{Key}", Label, builderIndex) { Value = Value, ConnectionId = ConnectionId };
    }
}
