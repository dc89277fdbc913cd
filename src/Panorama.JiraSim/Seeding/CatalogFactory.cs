using Panorama.JiraSim.Model;

namespace Panorama.JiraSim.Seeding;

/// <summary>
/// Builds a site's configuration from the seed. Ids that differ between real sites (custom fields, statuses, link
/// types, issue types, projects) get per-site ranges, so no two simulated sites share them.
/// </summary>
internal static class CatalogFactory
{
    public static SiteCatalog Build(string name, int siteIndex, int seed, string? token, DateOnly today)
    {
        var random = SeedRandom.For(seed, name, "catalog");
        var users = new UserDirectory();
        var technical = new SimUser(
            AccountId: "5" + random.Hex(23),
            Email: $"panorama-bot@{name}.example.com",
            DisplayName: "Panorama Integration",
            TimeZone: "Etc/UTC",
            Token: token ?? "ATATT3xFfGF0" + Token(random, 180),
            Administer: true,
            Active: true);
        users.Put(technical);
        var people = Vocabulary.FirstNames.OrderBy(_ => random.Next()).Take(8).Select(first =>
        {
            var last = random.Pick(Vocabulary.LastNames);
            return new SimUser("5" + random.Hex(23), $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@{name}.example.com",
                $"{first} {last}", random.Pick(Vocabulary.TimeZones), null, false, true);
        }).ToList();
        foreach (var person in people)
        {
            users.Put(person);
        }

        var (fields, fieldIds) = FieldTable.Build(random, siteIndex);
        return new SiteCatalog
        {
            Name = name,
            CloudId = random.Guid(),
            Users = users,
            TechnicalAccountId = technical.AccountId,
            EditorAccountId = people[0].AccountId,
            Projects = Projects(random, siteIndex, people, today),
            IssueTypes = IssueTypes(random, siteIndex),
            Statuses = Statuses(random, siteIndex),
            Priorities =
            [
                new(1, "Highest", "highest", "#d04437"), new(2, "High", "high", "#f15C75"), new(3, "Medium", "medium", "#f79232"),
                new(4, "Low", "low", "#707070"), new(5, "Lowest", "lowest", "#999999"),
            ],
            LinkTypes = LinkTypes(random, siteIndex),
            Fields = fields,
            FieldIds = fieldIds,
        };
    }

    private static List<SimIssueType> IssueTypes(Random random, int siteIndex)
    {
        var id = 10000L + (20 * siteIndex) + random.Next(0, 5);
        return
        [
            new(id, "Epic", "Epics track collections of related bugs, stories, and tasks.", 1, 10307, random.Guid()),
            new(id + 1, "Story", "Stories track functionality or features expressed as user goals.", 0, 10315, random.Guid()),
            new(id + 2, "Task", "Tasks track small, distinct pieces of work.", 0, 10318, random.Guid()),
            new(id + 3, "Bug", "Bugs track problems or errors.", 0, 10303, random.Guid()),
            new(id + 4, "Sub-task", "Subtasks track small pieces of work that are part of a larger task.", -1, 10316, random.Guid()),
        ];
    }

    private static List<SimStatus> Statuses(Random random, int siteIndex)
    {
        var id = 10000L + (100 * siteIndex) + random.Next(0, 50);
        return
        [
            new(id, "To Do", "", StatusCategoryDef.ToDo),
            new(id + 1 + random.Next(0, 3), "In Progress", "This issue is being actively worked on at the moment by the assignee.", StatusCategoryDef.InProgress),
            new(id + 5 + random.Next(0, 3), "In Review", "", StatusCategoryDef.InProgress),
            new(id + 9 + random.Next(0, 3), "Done", "", StatusCategoryDef.Done),
        ];
    }

    private static List<SimLinkType> LinkTypes(Random random, int siteIndex)
    {
        var slots = Enumerable.Range(0, 4).OrderBy(_ => random.Next()).ToArray();
        var id = 10000L + (10 * siteIndex);
        return
        [
            new(id + slots[0], "Blocks", "is blocked by", "blocks"),
            new(id + slots[1], "Cloners", "is cloned by", "clones"),
            new(id + slots[2], "Duplicate", "is duplicated by", "duplicates"),
            new(id + slots[3], "Relates", "relates to", "relates to"),
        ];
    }

    private static List<SimProject> Projects(Random random, int siteIndex, List<SimUser> people, DateOnly today)
    {
        var count = random.Next(2, 4);
        var projectId = 10000L + (100 * siteIndex);
        var itemId = 10000L + (1000 * siteIndex);
        var sprintId = 1L + (100 * siteIndex);
        var anchor = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var projects = new List<SimProject>();
        foreach (var (key, projectName) in Vocabulary.Projects.OrderBy(_ => random.Next()).Take(count))
        {
            var id = projectId++;
            var versions = Enumerable.Range(0, 4).Select(i =>
            {
                var release = today.AddDays(-60 + (i * 45));
                return new SimVersion(itemId++, $"{1 + (i / 2)}.{i % 2}", $"Release {1 + (i / 2)}.{i % 2} of {projectName}", id, release < today, release);
            }).ToList();
            var components = Vocabulary.Components.OrderBy(_ => random.Next()).Take(4)
                .Select(c => new SimComponent(itemId++, c, $"{c} work of {projectName}")).ToList();
            var boardId = id - 9999;
            var sprints = Enumerable.Range(0, 8).Select(i =>
            {
                var start = anchor.AddDays(-70 + (14 * i));
                var end = start.AddDays(14);
                var state = end <= anchor ? "closed" : start <= anchor ? "active" : "future";
                return new SimSprint(sprintId++, $"{key} Sprint {i + 1}", state, boardId, start.AddHours(9), end.AddHours(9), i % 3 == 0 ? "Ship the next increment" : "");
            }).ToList();
            projects.Add(new SimProject(id, key, projectName, random.Pick(people).AccountId, random.Guid(), versions, components, sprints));
        }

        return projects;
    }

    private static string Token(Random random, int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        return string.Create(length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[r.Next(Alphabet.Length)];
            }
        });
    }
}
