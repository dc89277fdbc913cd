using System.Globalization;
using System.Text;
using Panorama.Data.Tasks;
using Panorama.Testing.Tasks;

namespace Panorama.Bench.Scenarios.BoxApi;

/// <summary>
/// Task store rows for 100,000 issues from 3 sites as a portfolio holds them: per site 12 projects of epics, stories
/// and sub-tasks, same-named statuses with site ids, shared people, dates, estimates, about 700 bytes of Jira
/// <c>fields</c> JSON each; "Blocks" links between nearby issues (10%, always towards an older issue, so the strong
/// dependencies have no cycle) and cross-site app-only dependencies from alpha to beta.
/// </summary>
internal sealed class BoxApiData(int seed)
{
    public const string BlocksLinkType = "10000";

    public static readonly SeedSite[] Sites = [ThreeSites.Alpha, ThreeSites.Beta, ThreeSites.Gamma];

    private static readonly string[] Components = ["Web", "Api", "Mobile", "Data", "Infra", "Billing", "Search"];

    private readonly Random _random = new(seed);

    public List<TaskLinkRecord> Links { get; } = [];

    public List<TaskRecord> Tasks { get; } = [];

    public IEnumerable<string> ProjectKeys(int site) => Enumerable.Range(0, 12).Select(p => ProjectKey(site, p));

    public void Generate(int count)
    {
        int[] perSite = [count * 40 / 100, count * 35 / 100, count - (count * 40 / 100) - (count * 35 / 100)];
        for (var s = 0; s < Sites.Length; s++)
        {
            GenerateSite(s, perSite[s]);
        }
    }

    /// <summary>Cross-site app-only dependencies: alpha tasks before beta tasks (never a cycle).</summary>
    public IEnumerable<AppDependencyRecord> AppDependencies(int count)
    {
        var alpha = Tasks.Where(t => t.ConnectionId == Sites[0].Id).ToArray();
        var beta = Tasks.Where(t => t.ConnectionId == Sites[1].Id).ToArray();
        for (var i = 0; i < count; i++)
        {
            var from = alpha[_random.Next(alpha.Length)];
            var to = beta[_random.Next(beta.Length)];
            yield return new AppDependencyRecord
            {
                Id = Guid.NewGuid(),
                PredecessorConnectionId = from.ConnectionId,
                PredecessorIssueId = from.IssueId,
                SuccessorConnectionId = to.ConnectionId,
                SuccessorIssueId = to.IssueId,
                ChangeVersion = i + 1,
            };
        }
    }

    private static string ProjectKey(int site, int project) => $"{(char)('A' + site)}P{project:D2}";

    private void GenerateSite(int siteIndex, int count)
    {
        var site = Sites[siteIndex];
        var issueId = 100_000L * (siteIndex + 1);
        var perProject = count / 12;
        for (var p = 0; p < 12; p++)
        {
            var key = ProjectKey(siteIndex, p);
            var remaining = p == 11 ? count - (perProject * 11) : perProject;
            long? epic = null, story = null;
            for (var n = 1; n <= remaining; n++)
            {
                var roll = _random.Next(100);
                var (type, level, parent) = n == 1 || roll < 4 ? ("Epic", 1, (long?)null)
                    : roll < 65 || story is null ? ("Story", 0, epic)
                    : ("Sub-task", -1, story);
                var id = issueId++;
                if (level == 1)
                {
                    epic = id;
                }
                else if (level == 0)
                {
                    story = id;
                }

                Tasks.Add(Task(site, id, $"{key}-{n}", type, level, parent));
                if (_random.Next(10) == 0 && n > 2)
                {
                    var older = id - 1 - _random.Next(Math.Min(50, n - 2));
                    Links.Add(SeedTasks.Link(site, (siteIndex + 1) * 10_000_000L + Links.Count, BlocksLinkType, id, older));
                }
            }
        }
    }

    private TaskRecord Task(SeedSite site, long id, string key, string type, int level, long? parent)
    {
        var start = new DateOnly(2026, 1, 5).AddDays(_random.Next(365));
        var status = _random.Next(4) switch { 0 => site.ToDo, 1 or 2 => site.InProgress, _ => site.Done };
        var person = _random.Next(10) == 0 ? ((string, string)?)null : ($"acc-{_random.Next(400):D5}", $"Person {_random.Next(400):D3}");
        var estimate = _random.Next(4) == 0 ? (long?)null : _random.Next(1, 40) * 3600L;
        return SeedTasks.Task(site, id, key, $"Deliver {Components[_random.Next(Components.Length)].ToLowerInvariant()} change {key}", status,
            type, level, parent, start, start.AddDays(_random.Next(1, 30)), estimate, _random.Next(0, 101), person, NativeFields());
    }

    private string NativeFields()
    {
        var c1 = Components[_random.Next(Components.Length)];
        var c2 = Components[_random.Next(Components.Length)];
        return new StringBuilder(600).Append(CultureInfo.InvariantCulture,
            $$"""
            "components":[{"id":"1{{c1.Length}}","name":"{{c1}}"},{"id":"2{{c2.Length}}","name":"{{c2}}"}],"fixVersions":[{"id":"100","name":"2026.{{_random.Next(1, 5)}}","released":false}],
            "labels":["team-{{_random.Next(20)}}","q{{_random.Next(1, 5)}}"],"priority":{"id":"3","name":"Medium"},
            "customfield_10020":[{"id":{{_random.Next(1, 30)}},"name":"Sprint {{_random.Next(1, 30)}}","state":"active","boardId":7}],
            "customfield_10016":{{_random.Next(0, 14)}},"duedate":null,"resolution":null,"environment":null,
            "reporter":{"accountId":"acc-00001","displayName":"Person 001","active":true},
            "created":"2026-01-02T09:00:00.000+0000","updated":"2026-03-01T12:00:00.000+0000","timeestimate":7200,"timeoriginalestimate":14400
            """).ToString();
    }
}
