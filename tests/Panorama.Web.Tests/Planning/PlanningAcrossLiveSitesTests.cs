using System.Text.Json.Nodes;
using Panorama.Web.Tests.Boxes;
using Panorama.Web.Tests.Connections;

namespace Panorama.Web.Tests.Planning;

/// <summary>
/// The whole path with nothing faked but Jira: connections to two simulated sites, a box whose scope names projects on
/// one and a narrowing JQL on the other, the sync engine importing what the scope holds, and webhooks keeping it live.
/// </summary>
public sealed class PlanningAcrossLiveSitesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ABoxScope_ShouldBringInEveryTaskItNames_AndJiraEditsShouldFollowLive()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        await admin.ConnectAsync(jira["alpha"], ct, primary: true);
        await admin.ConnectAsync(jira["beta"], ct);
        var alpha = jira["alpha"].State;
        var beta = jira["beta"].State;
        var betaProject = beta.ProjectKeys[0];
        var expected = alpha.Issues().Select(i => i.Key)
            .Concat(beta.Issues().Where(i => i.ProjectKey == betaProject && i.IssueType == "Story").Select(i => i.Key))
            .ToHashSet();
        Assert.Contains(expected, k => k.StartsWith(betaProject + "-", StringComparison.Ordinal));

        var box = await admin.CreateBoxAsync("Launch", "Program");
        await admin.AddIntegrationAsync(box.Id, "alpha", [.. alpha.ProjectKeys]);
        await admin.AddIntegrationAsync(box.Id, "beta", [betaProject], narrowingJql: "issuetype = Story");

        await LiveSites.UntilAsync(async () => (await admin.GetWbsAsync(box.Id, "?limit=1000")).TaskKeys().ToHashSet().SetEquals(expected),
            Patience, "the box to hold alpha's issues and beta's stories", ct);

        var edited = alpha.Issues()[0].Key;
        await jira["alpha"].EditAsync(edited, new JsonObject { ["summary"] = "Renamed in Jira" }, ct);
        var story = await jira["beta"].CreateIssueAsync(betaProject, "Story", "A story written in Jira", ct);
        var task = await jira["beta"].CreateIssueAsync(betaProject, "Task", "A task the JQL leaves out", ct);

        await LiveSites.UntilAsync(async () =>
        {
            var rows = (await admin.GetWbsAsync(box.Id, "?limit=1000")).Rows.Where(r => r.Task is not null).ToDictionary(r => r.Task!.Key);
            return rows.TryGetValue(edited, out var row) && row.Label.Contains("Renamed in Jira", StringComparison.Ordinal)
                   && rows.ContainsKey(story);
        }, Patience, "the edit and the new story to show", ct);
        Assert.DoesNotContain(task, (await admin.GetWbsAsync(box.Id, "?limit=1000")).TaskKeys());
    }

    [Fact]
    public async Task MovesAndNewTasks_ShouldBeWrittenToTheSiteTheyBelongTo_AndComeBackAsJiraState()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha");
        using var admin = await app.CreateAdminClientAsync(ct);
        await admin.ConnectAsync(jira["alpha"], ct, primary: true);
        var alpha = jira["alpha"].State;
        var box = await admin.CreateBoxAsync("Delivery");
        await admin.AddIntegrationAsync(box.Id, "alpha", [.. alpha.ProjectKeys]);
        await LiveSites.UntilAsync(async () => (await admin.GetWbsAsync(box.Id, "?limit=1000")).TaskKeys().Count == alpha.Issues().Count,
            Patience, "the import", ct);
        // A leaf: a parent's dates are its children's span, not moved by hand.
        var parents = alpha.Issues().Select(i => i.ParentKey).OfType<string>().ToHashSet();
        var issue = alpha.Issues().First(i => i is { StartDate: not null, DueDate: not null, StatusCategoryKey: not "done" } && !parents.Contains(i.Key));
        var start = issue.StartDate!.Value.AddDays(14);
        while (start.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            start = start.AddDays(1);
        }

        using var move = await admin.PostJsonAsync($"/api/boxes/{box.Id}/gantt/moves?confirm=true", new { task = $"alpha/{issue.Key}", start = start.ToString("yyyy-MM-dd") });
        await move.ExpectAsync(System.Net.HttpStatusCode.Accepted);
        using var create = await admin.PostJsonAsync($"/api/boxes/{box.Id}/tasks", new { summary = "Planned in Panorama", project = alpha.ProjectKeys[0] });
        await create.ExpectAsync(System.Net.HttpStatusCode.Accepted);

        await LiveSites.UntilAsync(() => Task.FromResult(alpha.Issue(issue.Key)!.StartDate == start), Patience, "the move to reach Jira", ct);
        await LiveSites.UntilAsync(() => Task.FromResult(alpha.Issues().Any(i => i.Summary == "Planned in Panorama")), Patience, "the new issue in Jira", ct);
        var created = alpha.Issues().Single(i => i.Summary == "Planned in Panorama");
        Assert.Equal(alpha.ProjectKeys[0], created.ProjectKey);
        await LiveSites.UntilAsync(async () => (await admin.GetWbsAsync(box.Id, "?limit=1000")).TaskKeys().Contains(created.Key),
            Patience, "the new issue to show in the box", ct);
    }
}
