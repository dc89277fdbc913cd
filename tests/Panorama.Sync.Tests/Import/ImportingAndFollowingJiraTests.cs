using System.Text.Json.Nodes;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.Import;

public sealed class ImportingAndFollowingJiraTests
{
    [Fact]
    public async Task ASite_ShouldBeImported_AndFollowedLive_ThroughWebhooks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions { SiteNames = ["alpha", "beta"], IssuesPerSite = 60 }, ct);
        await sites.WaitForImportAsync(ct);
        var imported = await StoreDiff.ExplainAsync(sites, ct);

        var alpha = sites.Sites[0];
        using var jira = new SimControl(alpha.Sim);
        var issue = alpha.Sim.State.Issues().First(i => i.IssueType == "Task");
        await jira.EditAsync(issue.Key, new JsonObject { ["summary"] = "Renamed in Jira", ["duedate"] = "2027-05-31" }, ct);
        var created = await jira.CreateAsync(issue.ProjectKey, "Task", "Made in Jira", ct);
        await jira.LinkAsync("Blocks", issue.Key, created, ct);

        await Wait.UntilAsync(async () => await StoreDiff.ExplainAsync(sites, ct) == "no differences", TimeSpan.FromSeconds(20),
            "the store to follow Jira's edits", ct, () => StoreDiff.ExplainAsync(sites, ct));
        Assert.Equal("no differences", imported);
    }
}
