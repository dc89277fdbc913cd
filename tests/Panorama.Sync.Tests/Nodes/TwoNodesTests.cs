using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Panorama.Data.Database;
using Panorama.Data.Sync;
using Panorama.JiraSim;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.Nodes;

/// <summary>
/// Two Panorama nodes on one PostgreSQL: Jira's deliveries (and their duplicates) reach both in turn, both apply the
/// inbox, and the database hands each delivery to exactly one node exactly once.
/// </summary>
public sealed class TwoNodesTests
{
    [Fact]
    public async Task EveryDelivery_ShouldBeAppliedExactlyOnce_WhenTwoNodesShareTheInbox()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions
        {
            Provider = DatabaseProvider.Postgres,
            SiteNames = ["alpha", "beta"],
            IssuesPerSite = 40,
            Nodes = 2,
        }, ct);
        await sites.WaitForImportAsync(ct);
        var random = new Random(7);
        foreach (var site in sites.Sites)
        {
            site.Sim.Faults = new FaultSettings { Duplicate = 0.3, Reorder = 0.2 };
        }

        for (var i = 0; i < 120; i++)
        {
            var site = sites.Sites[i % 2];
            var issues = site.Sim.State.Issues();
            using var jira = new SimControl(site.Sim);
            await jira.EditAsync(issues[random.Next(issues.Count)].Key, new JsonObject { ["summary"] = $"Edit {i}", ["duedate"] = $"2027-01-{1 + (i % 28):00}" }, ct);
        }

        var expected = 120;
        await Wait.UntilAsync(async () =>
        {
            await using var db = await sites.DbAsync(ct);
            return await db.WebhookDeliveries.CountAsync(d => d.State == WebhookDeliveryState.Applied, ct) >= expected
                && !await db.WebhookDeliveries.AnyAsync(d => d.State != WebhookDeliveryState.Applied, ct);
        }, TimeSpan.FromSeconds(60), "every delivery to be applied", ct);
        await Wait.UntilAsync(async () => await StoreDiff.ExplainAsync(sites, ct) == "no differences", TimeSpan.FromSeconds(30),
            "the store to equal Jira", ct, () => StoreDiff.ExplainAsync(sites, ct));

        await using var check = await sites.DbAsync(ct);
        var deliveries = await check.WebhookDeliveries.AsNoTracking().ToListAsync(ct);
        var duplicated = sites.Sites.Sum(s => s.Sim.Stats.WebhooksDuplicated);
        Assert.True(deliveries.Count >= expected, $"{deliveries.Count} deliveries stored");
        Assert.All(deliveries, d => Assert.Equal(1, d.Attempts));
        Assert.All(deliveries, d => Assert.Contains(d.AppliedBy, sites.Nodes.Select(n => n.NodeId)));
        Assert.Equal(2, deliveries.Select(d => d.AppliedBy).Distinct().Count());
        Assert.True(duplicated > 0, "the sites sent no duplicates");
    }
}
