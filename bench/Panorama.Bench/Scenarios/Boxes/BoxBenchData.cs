using System.Globalization;
using System.Text;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;

namespace Panorama.Bench.Scenarios.Boxes;

/// <summary>
/// 100,000 tasks from 3 sites as a real portfolio has them: per site a dozen projects, each with epics, stories
/// and sub-tasks, statuses with the same names but site ids, people shared across sites, dates, estimates, and the
/// raw Jira <c>fields</c> JSON a sync would store (about 700 bytes per issue: components, versions, sprint, labels).
/// </summary>
internal sealed class BoxBenchData
{
    public static readonly SiteRef[] Sites =
    [
        new(new Guid("a0000000-0000-0000-0000-000000000001"), "alpha", true),
        new(new Guid("b0000000-0000-0000-0000-000000000002"), "beta", false),
        new(new Guid("c0000000-0000-0000-0000-000000000003"), "gamma", false),
    ];

    private static readonly string[] StatusNames = ["To Do", "In Progress", "In Review", "Done"];
    private static readonly StatusCategory[] Categories = [StatusCategory.ToDo, StatusCategory.InProgress, StatusCategory.InProgress, StatusCategory.Done];
    private static readonly string[] Components = ["Web", "Api", "Mobile", "Data", "Infra", "Billing", "Search"];

    private readonly Random _random;
    private readonly SharedRefs _shared = new();
    private readonly Person[] _people;

    public BoxBenchData(int seed)
    {
        _random = new Random(seed);
        _people = [.. Enumerable.Range(0, 400).Select(i => new Person($"acc-{i:D5}", $"Person {i:D3}"))];
    }

    public SiteDirectory Directory { get; } = new(Sites);

    public List<TaskLink> Links { get; } = [];

    public List<PlanTask> Generate(int count)
    {
        var tasks = new List<PlanTask>(count);
        int[] perSite = [count * 40 / 100, count * 35 / 100, count - (count * 40 / 100) - (count * 35 / 100)];
        for (var s = 0; s < Sites.Length; s++)
        {
            GenerateSite(Sites[s], s, perSite[s], tasks);
        }

        return tasks;
    }

    private void GenerateSite(SiteRef site, int siteIndex, int count, List<PlanTask> tasks)
    {
        var epic = _shared.IssueType(site.ConnectionId, new IssueTypeRef("1000" + siteIndex, "Epic", 1, false));
        var story = _shared.IssueType(site.ConnectionId, new IssueTypeRef("2000" + siteIndex, "Story", 0, false));
        var subtask = _shared.IssueType(site.ConnectionId, new IssueTypeRef("3000" + siteIndex, "Sub-task", -1, true));
        var statuses = StatusNames.Select((name, i) => _shared.Status(site.ConnectionId, new StatusRef($"{(siteIndex + 1) * 10000 + i}", name, Categories[i]))).ToArray();
        const int projects = 12;
        var issueId = 10000L;
        var perProject = count / projects;
        for (var p = 0; p < projects; p++)
        {
            var key = $"{(char)('A' + siteIndex)}P{p:D2}";
            var project = _shared.Project(site.ConnectionId, new ProjectRef($"{siteIndex}{p:D3}", key));
            var remaining = p == projects - 1 ? count - (perProject * (projects - 1)) : perProject;
            long currentEpic = 0, currentStory = 0;
            for (var n = 1; n <= remaining; n++)
            {
                var roll = _random.Next(100);
                var (type, parent) = n == 1 || roll < 4 ? (epic, (long?)null)
                    : roll < 65 || currentStory == 0 ? (story, currentEpic == 0 ? null : (long?)currentEpic)
                    : (subtask, currentStory);
                var id = issueId++;
                if (type == epic)
                {
                    currentEpic = id;
                }
                else if (type == story)
                {
                    currentStory = id;
                }

                tasks.Add(Task(site, project, type, statuses[_random.Next(statuses.Length)], id, $"{key}-{n}", parent));
                if (_random.Next(10) == 0 && id > 10001)
                {
                    Links.Add(new TaskLink(site.ConnectionId, 900000 + Links.Count, "10100", id, id - 1 - _random.Next(Math.Min(50, (int)(id - 10000)))));
                }
            }
        }
    }

    private PlanTask Task(SiteRef site, ProjectRef project, IssueTypeRef type, StatusRef status, long id, string key, long? parent)
    {
        var start = new DateOnly(2026, 1, 5).AddDays(_random.Next(365));
        var estimate = _random.Next(4) == 0 ? (long?)null : _random.Next(1, 40) * 3600L;
        var person = _random.Next(10) == 0 ? null : _people[_random.Next(_people.Length)];
        return new PlanTask
        {
            Key = new TaskKey(site.ConnectionId, id),
            IssueKey = key,
            Project = project,
            IssueType = type,
            Status = status,
            Summary = $"Deliver {Components[_random.Next(Components.Length)].ToLowerInvariant()} change {key}",
            Assignee = person is null ? null : _shared.Person(person),
            ParentIssueId = parent,
            StartDate = start,
            EndDate = start.AddDays(_random.Next(1, 30)),
            OriginalEstimate = estimate,
            RemainingEstimate = estimate / 2,
            Progress = _random.Next(0, 101),
            StoryPoints = _random.Next(0, 14),
            NativeFields = NativeFieldValues.FromUtf8(FieldsJson(key, status, person)),
            Updated = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero),
        };
    }

    private byte[] FieldsJson(string key, StatusRef status, Person? person)
    {
        var c1 = Components[_random.Next(Components.Length)];
        var c2 = Components[_random.Next(Components.Length)];
        var assignee = person is null
            ? "null"
            : $$"""{"accountId":"{{person.AccountId}}","displayName":"{{person.DisplayName}}","active":true}""";
        var text = new StringBuilder(800);
        text.Append(CultureInfo.InvariantCulture,
            $$$"""{"summary":"Deliver change {{{key}}}","status":{"id":"{{{status.Id}}}","name":"{{{status.Name}}}","statusCategory":{"key":"{{{status.Category.ToJiraKey()}}}"}},""");
        text.Append(CultureInfo.InvariantCulture,
            $$"""
            "components":[{"id":"1{{c1.Length}}","name":"{{c1}}"},{"id":"2{{c2.Length}}","name":"{{c2}}"}],"fixVersions":[{"id":"100","name":"2026.{{_random.Next(1, 5)}}","released":false}],
            "labels":["team-{{_random.Next(20)}}","q{{_random.Next(1, 5)}}"],"priority":{"id":"3","name":"Medium"},
            "customfield_10020":[{"id":{{_random.Next(1, 30)}},"name":"Sprint {{_random.Next(1, 30)}}","state":"active","boardId":7}],
            "customfield_10016":{{_random.Next(0, 14)}},"duedate":null,"resolution":null,"environment":null,
            "reporter":{"accountId":"acc-00001","displayName":"Person 001","active":true},
            "assignee":{{assignee}},
            "created":"2026-01-02T09:00:00.000+0000","updated":"2026-03-01T12:00:00.000+0000","timeestimate":7200,"timeoriginalestimate":14400}
            """);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static SubBoxTree SubBoxes(TaskSet tasks)
    {
        var root = Guid.NewGuid();
        var boxes = new List<SubBox>();
        foreach (var site in Sites)
        {
            var program = new Panorama.Core.Boxes.Box(Guid.NewGuid(), $"Program {site.Name}", Panorama.Core.Boxes.BoxType.Program, root,
                Panorama.Core.Boxes.BoxPeriod.Open);
            boxes.Add(new SubBox(program, tasks.Tasks.Where(t => t.ConnectionId == site.ConnectionId).Select(t => t.Key).ToHashSet()));
        }

        return new SubBoxTree(root, boxes);
    }
}
