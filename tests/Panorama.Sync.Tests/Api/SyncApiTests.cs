using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.Api;

public sealed class SyncApiTests
{
    [Fact]
    public async Task Administrators_ShouldSeeEachConnectionsSync_AndAskForAFullImport()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        await sites.WaitForImportAsync(ct);
        var site = sites.Sites[0];
        using var admin = await sites.App.CreateAdminClientAsync(ct);
        using var user = await sites.App.CreateUserClientAsync("viewer@panorama.test", cancellationToken: ct);

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/sync", ct);
        var before = list[0].GetProperty("import").GetProperty("finishedAt").GetDateTimeOffset();
        using var forbidden = await user.GetAsync("/api/sync", ct);
        using var request = await admin.PostAsync($"/api/sync/{site.ConnectionId}?full=true", null, ct);
        await Wait.UntilAsync(async () =>
        {
            var one = await admin.GetFromJsonAsync<JsonElement>($"/api/sync/{site.ConnectionId}", ct);
            return one.GetProperty("import").GetProperty("finishedAt").GetDateTimeOffset() > before
                && one.GetProperty("import").GetProperty("state").GetString() == "done";
        }, TimeSpan.FromSeconds(20), "the requested import", ct);
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/sync/{site.ConnectionId}", ct);

        Assert.Equal("alpha", list[0].GetProperty("name").GetString());
        Assert.Equal("valid", list[0].GetProperty("status").GetString());
        Assert.Equal(40, list[0].GetProperty("import").GetProperty("done").GetInt64());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, request.StatusCode);
        Assert.Equal(0, after.GetProperty("pendingDeliveries").GetInt32());
        Assert.NotNull(after.GetProperty("highWaterMark").GetString());
    }

    [Fact]
    public async Task TheTaskApi_ShouldFindTasksByIdOrKey_AndSayWhyOneIsMissing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        await sites.WaitForImportAsync(ct);
        var site = sites.Sites[0];
        var issue = site.Sim.State.Issues().First(i => i.IssueType == "Story");
        using var client = await sites.App.CreateUserClientAsync("viewer@panorama.test", isAdmin: true, cancellationToken: ct);

        var byKey = await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{site.ConnectionId}/{issue.Key.ToLowerInvariant()}", ct);
        var byId = await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{site.ConnectionId}/{issue.Id}", ct);
        using var missing = await client.GetAsync($"/api/tasks/{site.ConnectionId}/NOPE-1", ct);
        using var anonymous = await sites.App.CreateClient().GetAsync($"/api/tasks/{site.ConnectionId}/{issue.Id}", ct);

        Assert.Equal(issue.Key, byId.GetProperty("key").GetString());
        Assert.Equal(byKey.GetProperty("issueId").GetInt64(), byId.GetProperty("issueId").GetInt64());
        Assert.Equal(issue.Summary, byId.GetProperty("fields").GetProperty("summary").GetString());
        Assert.Equal("alpha", byId.GetProperty("fields").GetProperty("site").GetString());
        Assert.Equal(issue.Summary, byId.GetProperty("native").GetProperty("summary").GetString());
        Assert.False(byId.GetProperty("sync").GetProperty("stale").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
