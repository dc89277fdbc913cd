using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Data.Connections;
using Panorama.Sync.Connections;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.Health;

public sealed class ExpiredTokenTests
{
    [Fact]
    public async Task AnExpiredToken_ShouldPauseTheConnection_KeepItsTasksStale_AndResumeOnceTheTokenIsReplaced()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        await sites.WaitForImportAsync(ct);
        var site = sites.Sites[0];
        var issue = site.Sim.State.Issues().First(i => i.IssueType == "Task");
        using var jira = new SimControl(site.Sim);
        using var client = await sites.App.CreateAdminClientAsync(ct);

        // The token expires; the next reconciliation meets a 401.
        await jira.SetUserTokenAsync(site.Sim.Email, "", ct);
        await sites.Service<Reconciliation.SyncStateStore>().RequestAsync(site.ConnectionId, import: false, sweep: false, ct);
        await Wait.UntilAsync(async () => await StatusAsync(sites, site, ct) == ConnectionStatus.Invalid, TimeSpan.FromSeconds(20),
            "the connection to turn invalid", ct);
        await jira.EditAsync(issue.Key, new JsonObject { ["summary"] = "Edited while paused" }, ct);
        await Task.Delay(1500, ct);
        var stale = await TaskAsync(client, site, issue.Key, ct);
        var reason = (await ReadConnectionAsync(sites, site, ct)).StatusReason;

        // An administrator replaces the token (what the connections feature does): stored, forgotten, checked valid.
        await jira.SetUserTokenAsync(site.Sim.Email, "a-new-token", ct);
        await using (var db = await sites.DbAsync(ct))
        {
            var row = await db.Connections.SingleAsync(c => c.Id == site.ConnectionId, ct);
            row.ProtectedApiToken = sites.Service<ConnectionSecrets>().ProtectApiToken("a-new-token");
            await db.SaveChangesAsync(ct);
        }

        sites.Service<ConnectionCredentialSource>().Forget(site.ConnectionId);
        await sites.Service<ConnectionStatusService>().MarkValidAsync(site.ConnectionId, ct);
        await Wait.UntilAsync(async () => (await TaskAsync(client, site, issue.Key, ct)).GetProperty("fields").GetProperty("summary").GetString() == "Edited while paused",
            TimeSpan.FromSeconds(20), "the edit made during the pause to arrive", ct);
        var resumed = await TaskAsync(client, site, issue.Key, ct);

        Assert.True(stale.GetProperty("sync").GetProperty("stale").GetBoolean());
        Assert.Equal(issue.Summary, stale.GetProperty("fields").GetProperty("summary").GetString());
        Assert.Contains("401", reason ?? "", StringComparison.Ordinal);
        Assert.False(resumed.GetProperty("sync").GetProperty("stale").GetBoolean());
        Assert.Equal("no differences", await StoreDiff.ExplainAsync(sites, ct));
    }

    private static async Task<ConnectionStatus> StatusAsync(SyncedSites sites, ConnectedSite site, CancellationToken ct) =>
        (await ReadConnectionAsync(sites, site, ct)).Status;

    private static async Task<Connection> ReadConnectionAsync(SyncedSites sites, ConnectedSite site, CancellationToken ct)
    {
        await using var db = await sites.DbAsync(ct);
        return await db.Connections.AsNoTracking().SingleAsync(c => c.Id == site.ConnectionId, ct);
    }

    private static async Task<JsonElement> TaskAsync(HttpClient client, ConnectedSite site, string key, CancellationToken ct) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{site.ConnectionId}/{key}", ct)).Clone();
}
