using System.Globalization;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.Rendering;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Seeding;

/// <summary>
/// Fills a site with issues spread over its projects: epics with stories, tasks and bugs under them, sub-tasks under
/// those, dates around today, estimates, story points, sprints, versions, components, labels, text of realistic size,
/// and links (mostly Blocks, which point forward in time so they form no cycles, and Relates).
/// </summary>
internal sealed class IssueSeeder(SiteCatalog catalog, SiteState state, Random random, DateTimeOffset now)
{
    private readonly DateOnly _today = DateOnly.FromDateTime(now.UtcDateTime);
    private readonly List<SimIssue> _created = [];
    private readonly Dictionary<long, List<SimIssue>> _epics = [];
    private readonly Dictionary<long, List<SimIssue>> _standard = [];
    private List<SimUser> _people = [];

    public void Seed(int count, int siteIndex)
    {
        state.NextIssueId = 10000 + (100_000L * siteIndex) + random.Next(0, 500);
        state.NextLinkId = 10000 + (100_000L * siteIndex) + random.Next(0, 500);
        state.NextChangeId = 10000 + (1_000_000L * siteIndex);
        foreach (var project in catalog.Projects)
        {
            state.NextIssueNumber[project.Id] = 1;
            state.Screens[project.Id] = catalog.Fields.Where(f => f.Editable).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        }

        _people = catalog.Users.All.Where(u => u.Token is null).OrderBy(u => u.AccountId, StringComparer.Ordinal).ToList();
        var weights = catalog.Projects.Select(_ => 1 + random.NextDouble()).ToArray();
        var start = now.AddDays(-365);
        for (var i = 0; i < count; i++)
        {
            var project = PickProject(weights);
            var created = start.AddMinutes(i * (364.0 * 24 * 60 / Math.Max(count, 1))).AddSeconds(random.Next(0, 59)).AddMilliseconds(random.Next(0, 999));
            _created.Add(CreateIssue(project, created, i));
        }

        AddLinks(count / 2);
    }

    private SimProject PickProject(double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll <= 0)
            {
                return catalog.Projects[i];
            }
        }

        return catalog.Projects[^1];
    }

    private SimIssue CreateIssue(SimProject project, DateTimeOffset created, int index)
    {
        var epics = _epics.TryGetValue(project.Id, out var e) ? e : _epics[project.Id] = [];
        var standard = _standard.TryGetValue(project.Id, out var s) ? s : _standard[project.Id] = [];
        var roll = random.NextDouble();
        var type = epics.Count == 0 || roll < 0.06 ? Type("Epic")
            : roll < 0.18 && standard.Count > 0 ? Type("Sub-task")
            : roll < 0.60 ? Type("Story")
            : roll < 0.85 ? Type("Task")
            : Type("Bug");
        var parent = type.Subtask ? random.Pick(standard)
            : type.HierarchyLevel == 0 && random.Chance(0.75) ? random.Pick(epics)
            : null;

        var (startDate, dueDate) = Schedule(type, parent);
        var status = StatusFor(startDate, dueDate);
        var reporter = random.Pick(_people);
        var number = state.NextIssueNumber[project.Id]++;
        var issue = new SimIssue
        {
            Id = state.NextIssueId++,
            Key = $"{project.Key}-{number}",
            Project = project,
            Type = type,
            Status = status,
            Summary = Summary(type),
            Description = Description(type),
            Priority = catalog.Priorities[Math.Clamp((int)Math.Round(2 + (random.NextDouble() * 2.4) - 1.2), 0, 4)],
            AssigneeId = random.Chance(0.8) ? random.Pick(_people).AccountId : null,
            ReporterId = reporter.AccountId,
            CreatorId = reporter.AccountId,
            Created = created,
            Updated = created.AddMinutes(random.Next(0, (int)Math.Max(1, (now - created).TotalMinutes))),
            StatusCategoryChanged = created,
            ParentId = parent?.Id,
            StartDate = startDate,
            DueDate = dueDate,
            Renders = new RenderCache(state.RenderBudget),
            Rank = $"0|i{index.ToString("x", CultureInfo.InvariantCulture).PadLeft(5, '0')}:",
            Labels = random.Chance(0.3) ? Vocabulary.Labels.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList() : [],
        };
        issue.StatusCategoryChanged = issue.Updated;
        issue.ResolutionDate = issue.IsResolved ? issue.Updated : null;
        Estimate(issue, startDate, dueDate);
        Plan(issue, project);
        state.AddIssue(issue);
        (type.HierarchyLevel == 1 ? epics : type.HierarchyLevel == 0 ? standard : []).Add(issue);
        return issue;
    }

    private SimIssueType Type(string name) => catalog.IssueType(name)!;

    private (DateOnly? Start, DateOnly? Due) Schedule(SimIssueType type, SimIssue? parent)
    {
        if (random.Chance(0.12))
        {
            return (null, null);
        }

        DateOnly start;
        int duration;
        if (parent is { StartDate: { } parentStart, DueDate: { } parentDue })
        {
            var window = Math.Max(1, parentDue.DayNumber - parentStart.DayNumber);
            start = parentStart.AddDays(random.Next(0, window));
            duration = type.Subtask ? random.Next(1, 5) : random.Next(2, 16);
        }
        else
        {
            start = _today.AddDays(random.Next(-180, 150));
            duration = type.HierarchyLevel == 1 ? random.Next(20, 91) : random.Next(2, 16);
        }

        var due = start.AddDays(duration);
        return random.Chance(0.1) ? (null, due) : (start, due);
    }

    private SimStatus StatusFor(DateOnly? start, DateOnly? due)
    {
        SimStatus Named(string name) => catalog.Status(name)!;
        if (due is { } d && d < _today)
        {
            return random.Chance(0.85) ? Named("Done") : Named("In Progress");
        }

        if (start is { } s && s <= _today)
        {
            var roll = random.NextDouble();
            return roll < 0.6 ? Named("In Progress") : roll < 0.75 ? Named("In Review") : Named("To Do");
        }

        return random.Chance(0.92) ? Named("To Do") : Named("In Progress");
    }

    private void Estimate(SimIssue issue, DateOnly? start, DateOnly? due)
    {
        if (issue.Type.HierarchyLevel == 0 && random.Chance(0.85))
        {
            issue.StoryPoints = issue.Type.Name == "Story" || random.Chance(0.3) ? random.Pick([1.0, 2, 3, 5, 8, 13]) : null;
        }

        if (issue.Type.HierarchyLevel == 1 || random.Chance(0.2))
        {
            return;
        }

        var days = start is { } s && due is { } d ? Math.Max(1, d.DayNumber - s.DayNumber) : random.Next(1, 6);
        var original = (long)Math.Round(days * 8 * (0.4 + (random.NextDouble() * 0.6)) * 2) * 1800;
        original = Math.Max(1800, original);
        var spent = issue.Status.Category == StatusCategoryDef.Done ? (long)(original * (0.7 + (random.NextDouble() * 0.6)) / 1800) * 1800
            : issue.Status.Category == StatusCategoryDef.InProgress ? (long)(original * random.NextDouble() / 1800) * 1800
            : 0;
        issue.OriginalEstimate = original;
        issue.TimeSpent = spent > 0 ? spent : null;
        issue.RemainingEstimate = issue.Status.Category == StatusCategoryDef.Done ? 0 : Math.Max(0, original - spent);
    }

    private void Plan(SimIssue issue, SimProject project)
    {
        if (issue.Type.HierarchyLevel == 0 && issue.StartDate is { } start && random.Chance(0.6))
        {
            var at = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue).AddHours(12), TimeSpan.Zero);
            var sprint = project.Sprints.FirstOrDefault(s => s.StartDate <= at && at < s.EndDate);
            issue.SprintIds = sprint is null ? [] : [sprint.Id];
        }

        if (issue.Type.HierarchyLevel >= 0 && issue.DueDate is { } due && random.Chance(0.4))
        {
            var version = project.Versions.FirstOrDefault(v => v.ReleaseDate >= due);
            issue.FixVersionIds = version is null ? [] : [version.Id];
        }

        var roll = random.NextDouble();
        issue.ComponentIds = roll < 0.5 ? [random.Pick(project.Components).Id]
            : roll < 0.6 ? project.Components.OrderBy(_ => random.Next()).Take(2).Select(c => c.Id).ToList()
            : [];

        if (issue.Type.HierarchyLevel >= 0 && issue.StartDate is { } baselineStart && issue.DueDate is { } baselineEnd && random.Chance(0.3))
        {
            var shift = random.Next(-5, 6);
            issue.TargetStart = baselineStart.AddDays(shift);
            issue.TargetEnd = baselineEnd.AddDays(shift);
        }
    }

    private string Summary(SimIssueType type)
    {
        var text = $"{random.Pick(Vocabulary.Verbs)} {random.Pick(Vocabulary.Nouns)}";
        if (random.Chance(0.6))
        {
            text += " " + random.Pick(Vocabulary.Qualifiers);
        }

        return type.HierarchyLevel == 1 ? $"Epic: {text}" : text;
    }

    private List<string> Description(SimIssueType type)
    {
        if (random.Chance(0.1))
        {
            return [];
        }

        var paragraphs = type.HierarchyLevel == 1 ? random.Next(3, 6) : random.Next(1, 4);
        return Enumerable.Range(0, paragraphs).Select(_ =>
        {
            var words = Enumerable.Range(0, random.Next(20, 60)).Select(_ => random.Pick(Vocabulary.Words));
            var sentence = string.Join(' ', words);
            return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
        }).ToList();
    }

    private void AddLinks(int count)
    {
        var candidates = _created.Where(i => i.Type.HierarchyLevel == 0).ToList();
        if (candidates.Count < 2)
        {
            return;
        }

        var byProject = candidates.GroupBy(c => c.Project.Id).ToDictionary(g => g.Key, g => g.ToList());

        var seen = new HashSet<(long, long, long)>();
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            var type = catalog.LinkType(roll < 0.55 ? "Blocks" : roll < 0.9 ? "Relates" : roll < 0.95 ? "Duplicate" : "Cloners")!;
            var a = random.Pick(candidates);
            var pool = random.Chance(0.9) ? byProject[a.Project.Id] : candidates;
            var b = random.Pick(pool);
            if (a == b)
            {
                continue;
            }

            // "A blocks B" only when A ends first (or, without dates, was created first): the graph stays acyclic.
            if (type.Name == "Blocks" && Order(a).CompareTo(Order(b)) > 0)
            {
                (a, b) = (b, a);
            }

            if (seen.Add((type.Id, Math.Min(a.Id, b.Id), Math.Max(a.Id, b.Id))))
            {
                state.AddLink(new SimLink(state.NextLinkId++, type, a.Id, b.Id));
            }
        }
    }

    private static (int, long) Order(SimIssue issue) => (issue.DueDate?.DayNumber ?? int.MaxValue, issue.Id);
}
