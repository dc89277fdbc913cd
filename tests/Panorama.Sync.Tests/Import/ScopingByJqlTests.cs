using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Scope;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.Import;

/// <summary>
/// SPEC 3.1 scope membership: a project-only integration is decided locally, a JQL one by Jira, whose answers become the
/// integration's memberships; an issue that leaves every scope is marked out of scope, and comes back when it returns.
/// </summary>
public sealed class ScopingByJqlTests
{
    [Fact]
    public async Task IssuesShouldFollowBothKindsOfScope_OnImportAndOnLiveChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions
        {
            IssuesPerSite = 60,
            Scope = (site, id) =>
            [
                ScopeIntegration.Create(id, [site.State.ProjectKeys[0]], null).Value,
                ScopeIntegration.Create(id, null, "issuetype = Bug").Value,
            ],
        }, ct);
        await sites.WaitForImportAsync(ct);
        var site = sites.Sites[0];
        var first = site.Sim.State.ProjectKeys[0];
        var issues = site.Sim.State.Issues();
        var jqlScope = (await sites.Scopes.GetIntegrationsAsync(site.ConnectionId, ct)).Single(i => i.Integration.NeedsJira);
        var expected = issues.Where(i => i.ProjectKey == first || i.IssueType == "Bug").Select(Id).ToHashSet();

        var live = await LiveAsync(sites, site, ct);
        var bugs = sites.Scopes.MembersOf(jqlScope.IntegrationId);

        var outsideBug = issues.First(i => i.ProjectKey != first && i.IssueType == "Bug");
        var outsideTask = issues.First(i => i.ProjectKey != first && i.IssueType == "Task");
        using (var jira = new SimControl(site.Sim))
        {
            await jira.EditAsync(outsideBug.Key, new JsonObject { ["issuetype"] = new JsonObject { ["name"] = "Task" } }, ct);
            await jira.EditAsync(outsideTask.Key, new JsonObject { ["issuetype"] = new JsonObject { ["name"] = "Bug" } }, ct);
        }

        await Wait.UntilAsync(async () =>
        {
            var now = await LiveAsync(sites, site, ct);
            return !now.Contains(Id(outsideBug)) && now.Contains(Id(outsideTask));
        }, TimeSpan.FromSeconds(20), "the bug that became a task to leave the scope and the task that became a bug to enter it", ct);

        Assert.Equal(expected.Order(), live.Order());
        Assert.Equal(issues.Where(i => i.IssueType == "Bug").Select(Id).Order(), bugs.Order());
        Assert.DoesNotContain(Id(outsideBug), sites.Scopes.MembersOf(jqlScope.IntegrationId));
        Assert.Contains(Id(outsideTask), sites.Scopes.MembersOf(jqlScope.IntegrationId));
    }

    private static long Id(JiraSim.IssueSnapshot issue) => long.Parse(issue.Id, CultureInfo.InvariantCulture);

    private static async Task<HashSet<long>> LiveAsync(SyncedSites sites, ConnectedSite site, CancellationToken ct)
    {
        await using var db = await sites.DbAsync(ct);
        return [.. await db.Tasks.Where(t => t.ConnectionId == site.ConnectionId && t.DeletedAt == null && t.OutOfScopeAt == null)
            .Select(t => t.IssueId).ToListAsync(ct)];
    }
}
