using System.Globalization;
using System.Text;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;

namespace Panorama.Core.Structure.Building;

/// <summary>
/// Group-by builder: a group per value (several for multi-valued fields), "(no value)" last. Values are interned by
/// typed keys (category, account id, site, site + status id, text), looked up without allocating, so grouping
/// 100,000 tasks allocates only for the groups it finds.
/// </summary>
internal sealed class FieldGroups : ITextVisitor
{
    public const string NoValueLabel = "(no value)";

    private readonly GroupCatalog _catalog;
    private readonly int _builderIndex;
    private readonly SiteDirectory _sites;
    private readonly Dictionary<string, int> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _textsBySpan;
    private readonly Dictionary<string, int> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<(Guid, string), int> _statuses = [];
    private readonly Dictionary<Guid, int> _siteGroups = [];
    private readonly int[] _categories = [-1, -1, -1];
    private readonly List<int> _found = new(4);
    private int _noValue = -1;
    private char[] _chars = new char[256];

    private FieldGroups(List<WbsNode> nodes, int builderIndex, SiteDirectory sites)
    {
        _catalog = new GroupCatalog(nodes);
        _builderIndex = builderIndex;
        _sites = sites;
        _textsBySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static GroupAssignment Assign(GroupByFieldBuilder builder, int builderIndex, TaskSet tasks, List<WbsNode> nodes)
    {
        var groups = new FieldGroups(nodes, builderIndex, tasks.Sites);
        var collector = new GroupAssignment.Collector(tasks.Count);
        var builtIn = builder.Fields.FirstOrDefault(f => !f.IsNative);
        var nativeBySite = builder.Fields.Where(f => f.IsNative).DistinctBy(f => f.ConnectionId).ToDictionary(f => f.ConnectionId);
        for (var t = 0; t < tasks.Count; t++)
        {
            var task = tasks[t];
            var field = builtIn ?? nativeBySite.GetValueOrDefault(task.ConnectionId);
            if (field is null || !builder.AppliesTo(task))
            {
                continue;
            }

            groups._found.Clear();
            groups.Read(task, field);
            if (groups._found.Count == 0)
            {
                groups._found.Add(groups.NoValue());
            }

            foreach (var group in groups._found)
            {
                collector.Add(t, group);
            }
        }

        return collector.Build(groups._catalog);
    }

    private void Read(PlanTask task, FieldRef field)
    {
        switch (field.BuiltIn)
        {
            case BuiltInField.StatusCategory:
                _found.Add(Category(task.StatusCategory));
                return;
            case BuiltInField.Assignee when task.Assignee is { } person:
                _found.Add(Person(person));
                return;
            case BuiltInField.Assignee:
                return;
            case BuiltInField.Site:
                _found.Add(Site(task.ConnectionId));
                return;
            case { } other:
                AddText(TaskFieldValues.BuiltIn(task, other, _sites));
                return;
        }

        if (field.FieldId == "status")
        {
            // Rule 15: a status is (site, status id); two sites' "In Progress" stay two groups.
            _found.Add(Status(task));
        }
        else if (task.NativeFields.TryGetRaw(field.FieldId!, out var raw))
        {
            JiraValueReader.Visit(raw.Span, this);
        }
    }

    void ITextVisitor.Text(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return;
        }

        if (_chars.Length < utf8.Length)
        {
            _chars = new char[utf8.Length * 2];
        }

        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        if (!_textsBySpan.TryGetValue(chars, out var group))
        {
            group = AddTextGroup(new string(chars), value: null);
        }

        AddFound(group);
    }

    private void AddText(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (!string.IsNullOrEmpty(text))
        {
            AddFound(_texts.TryGetValue(text, out var group) ? group : AddTextGroup(text, value));
        }
    }

    private void AddFound(int group)
    {
        if (!_found.Contains(group))
        {
            _found.Add(group);
        }
    }

    private int AddTextGroup(string text, object? value)
    {
        var group = Add("value:" + text, text, value ?? text, GroupSort.ForText(text), connectionId: null);
        _texts.Add(text, group);
        return group;
    }

    /// <summary>One group per Atlassian account: the same person on two sites is one group.</summary>
    private int Person(Person person)
    {
        if (!_people.TryGetValue(person.AccountId, out var group))
        {
            group = Add("user:" + person.AccountId, person.DisplayName, person.DisplayName, new GroupSort(1, 0, person.DisplayName), null);
            _people.Add(person.AccountId, group);
        }

        return group;
    }

    private int Category(StatusCategory category)
    {
        ref var group = ref _categories[(int)category];
        if (group < 0)
        {
            group = Add($"cat:{category}", category.DisplayName(), category.DisplayName(), new GroupSort((int)category, 0, ""), null);
        }

        return group;
    }

    private int Site(Guid connectionId)
    {
        if (!_siteGroups.TryGetValue(connectionId, out var group))
        {
            var name = _sites.NameOf(connectionId);
            group = Add($"site:{connectionId:N}", name, name, new GroupSort(_sites.OrderOf(connectionId), 0, name), connectionId);
            _siteGroups.Add(connectionId, group);
        }

        return group;
    }

    private int Status(PlanTask task)
    {
        var status = task.Status;
        if (!_statuses.TryGetValue((task.ConnectionId, status.Id), out var group))
        {
            var band = ((int)status.Category * 4096) + Math.Min(_sites.OrderOf(task.ConnectionId), 4095);
            group = Add($"status:{task.ConnectionId:N}:{status.Id}", status.Name, status.Name, new GroupSort(band, 0, status.Name), task.ConnectionId);
            _statuses.Add((task.ConnectionId, status.Id), group);
        }

        return group;
    }

    private int NoValue()
    {
        if (_noValue < 0)
        {
            _noValue = Add("none", NoValueLabel, null, GroupSort.NoValue, null);
        }

        return _noValue;
    }

    private int Add(string key, string label, object? value, GroupSort sort, Guid? connectionId) =>
        _catalog.Add(new WbsNode(WbsRowKind.Group, $"{_builderIndex}:{key}", label, _builderIndex)
        {
            Value = value,
            ConnectionId = connectionId,
        }, sort);
}
