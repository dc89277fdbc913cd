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
}
