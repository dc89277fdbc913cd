using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.WriteBack;
using Panorama.Data.Audit;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.WriteBack;

public sealed class WritingBackTests
{
    [Fact]
    public async Task AnEditedDate_ShouldReachJira_BeAuditedWithItsUser_AndBeUndoneAsOneChange()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        await sites.WaitForImportAsync(ct);
        var site = sites.Sites[0];
        var issue = site.Sim.State.Issues().First(i => i.IssueType == "Task" && i.DueDate is not null);
        using var client = await sites.App.CreateUserClientAsync("planner@panorama.test", isAdmin: true, cancellationToken: ct);

        using var patch = await client.PatchAsJsonAsync($"/api/tasks/{site.ConnectionId}/{issue.Key}", new { endDate = "2027-02-26", progress = 40 }, ct);
        var change = await ReadAsync(patch, HttpStatusCode.Accepted, ct);
        var id = change.GetProperty("id").GetGuid();
        var done = await WaitForChangeAsync(client, id, "done", ct);
        var task = await GetTaskAsync(client, site, issue.Key, ct);

        Assert.Equal(new DateOnly(2027, 2, 26), site.Sim.State.Issue(issue.Key)!.DueDate);
        Assert.Equal("2027-02-26", task.GetProperty("fields").GetProperty("endDate").GetString());
        Assert.Equal(40, task.GetProperty("fields").GetProperty("progress").GetDouble());
        Assert.Equal("done", done.GetProperty("operations")[0].GetProperty("state").GetString());
        await using (var db = await sites.DbAsync(ct))
        {
            var entry = await db.AuditEntries.SingleAsync(e => e.Action == AuditActions.JiraWrite && e.IssueKey == issue.Key, ct);
            Assert.Equal("planner@panorama.test", entry.ActorDisplay);
            Assert.Contains($"\"old\":\"{issue.DueDate:yyyy-MM-dd}\"", entry.Details, StringComparison.Ordinal);
            Assert.Contains("\"new\":\"2027-02-26\"", entry.Details, StringComparison.Ordinal);
        }

        using var undo = await client.PostAsync($"/api/changes/{id}/undo", null, ct);
        var undone = await WaitForChangeAsync(client, (await ReadAsync(undo, HttpStatusCode.Accepted, ct)).GetProperty("id").GetGuid(), "done", ct);
        Assert.Equal(id, undone.GetProperty("undoOf").GetGuid());
        Assert.Equal(issue.DueDate, site.Sim.State.Issue(issue.Key)!.DueDate);
        Assert.Equal(JsonValueKind.Null, (await GetTaskAsync(client, site, issue.Key, ct)).GetProperty("fields").GetProperty("progress").ValueKind);
    }

    [Fact]
    public async Task ManyEditsAtOnce_ShouldAllReachJira_WithTheirReReadsSharingBulkfetchCalls()
    {
        var ct = TestContext.Current.CancellationToken;
        // No reconciliation or sweep during the test: only the writes and their re-reads call the site.
        var quiet = new Dictionary<string, string?> { ["Sync:ReconcileInterval"] = "01:00:00", ["Sync:SweepInterval"] = "01:00:00" };
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions { Settings = quiet }, ct);
        await sites.WaitForImportAsync(ct);
        var site = sites.Sites[0];
        var issues = site.Sim.State.Issues().Take(30).ToList();
        using var client = await sites.App.CreateAdminClientAsync(ct);
        using (var control = new HttpClient { BaseAddress = new Uri(site.Sim.BaseUrl) })
        {
            // Jira Cloud's latency: the edits finish while earlier re-reads are still on their way.
            (await control.PutAsJsonAsync("/_sim/faults", new { latencyMs = 100 }, ct)).EnsureSuccessStatusCode();
        }

        var before = site.Sim.Stats.Requests;
        var patches = await Task.WhenAll(issues.Select(async (issue, i) =>
        {
            using var patch = await client.PatchAsJsonAsync($"/api/tasks/{site.ConnectionId}/{issue.Key}", new { endDate = $"2027-04-{i + 1:00}" }, ct);
            return (await ReadAsync(patch, HttpStatusCode.Accepted, ct)).GetProperty("id").GetGuid();
        }));
        foreach (var id in patches)
        {
            await WaitForChangeAsync(client, id, "done", ct);
        }

        var requests = site.Sim.Stats.Requests - before;
        Assert.All(issues.Select((issue, i) => (issue, i)), x => Assert.Equal(new DateOnly(2027, 4, x.i + 1), site.Sim.State.Issue(x.issue.Key)!.DueDate));
        // One PUT per edit; alone, each edit's re-read would be one more call (60 in all).
        Assert.InRange(requests, issues.Count, issues.Count + (issues.Count / 2));
    }

    [Fact]
    public async Task AWriteToAFieldOffTheEditScreen_ShouldFailWithJirasReason_AndTheTaskShowJirasValue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        await sites.WaitForImportAsync(ct);
        var site = sites.Sites[0];
        var startField = site.Sim.State.FieldIds.StartDate;
        var issue = site.Sim.State.Issues().First(i => i.IssueType == "Task");
        var screens = new JsonObject();
        foreach (var (project, fields) in site.Sim.State.Screens())
        {
            screens[project] = new JsonArray([.. fields.Where(f => project != issue.ProjectKey || f != startField).Select(f => (JsonNode)f)]);
        }

        using (var jira = new SimControl(site.Sim))
        {
            await jira.SetScreensAsync(screens, ct);
        }

        using var client = await sites.App.CreateAdminClientAsync(ct);
        using var patch = await client.PatchAsJsonAsync($"/api/tasks/{site.ConnectionId}/{issue.Id}", new { startDate = "2027-03-01" }, ct);
        var id = (await ReadAsync(patch, HttpStatusCode.Accepted, ct)).GetProperty("id").GetGuid();
        var failed = await WaitForChangeAsync(client, id, "failed", ct);
        var error = failed.GetProperty("operations")[0].GetProperty("error").GetString()!;
        var task = await GetTaskAsync(client, site, issue.Key, ct);

        Assert.Contains(startField, error, StringComparison.Ordinal);
        Assert.Contains(issue.ProjectKey, error, StringComparison.Ordinal);
        Assert.Equal(issue.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), task.GetProperty("fields").GetProperty("startDate").GetString());
        Assert.Empty(task.GetProperty("sync").GetProperty("pendingWrites").EnumerateArray());
    }

    [Fact]
    public async Task Edits_ShouldBeRefused_WhenTheFieldIsReadOnlyOrUnmapped_AndNeedConfirmation_OutsideTheDateRange()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions { SiteNames = ["alpha", "beta"] }, ct);
        await sites.WaitForImportAsync(ct);
        var (alpha, beta) = (sites.Sites[0], sites.Sites[1]);
        var alphaIssue = alpha.Sim.State.Issues().First(i => i.IssueType == "Task");
        var betaIssue = beta.Sim.State.Issues().First(i => i.IssueType == "Task");
        using var client = await sites.App.CreateAdminClientAsync(ct);

        using var readOnly = await client.PatchAsJsonAsync($"/api/tasks/{alpha.ConnectionId}/{alphaIssue.Key}", new { storyPoints = 8 }, ct);
        using var unmapped = await client.PatchAsJsonAsync($"/api/tasks/{beta.ConnectionId}/{betaIssue.Key}", new { progress = 10 }, ct);
        using var computed = await client.PatchAsJsonAsync($"/api/tasks/{alpha.ConnectionId}/{alphaIssue.Key}", new { timeSpent = 60 }, ct);
        using var unknown = await client.PatchAsJsonAsync($"/api/tasks/{alpha.ConnectionId}/{alphaIssue.Key}", new { colour = "red" }, ct);
        using var farOff = await client.PatchAsJsonAsync($"/api/tasks/{alpha.ConnectionId}/{alphaIssue.Key}", new { endDate = "2206-01-01" }, ct);
        using var confirmed = await client.PatchAsJsonAsync($"/api/tasks/{alpha.ConnectionId}/{alphaIssue.Key}?confirm=true", new { endDate = "2206-01-01" }, ct);

        Assert.Contains("read-only", (await ReadAsync(readOnly, HttpStatusCode.BadRequest, ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("not mapped on beta", (await ReadAsync(unmapped, HttpStatusCode.BadRequest, ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Change it in Jira", (await ReadAsync(computed, HttpStatusCode.BadRequest, ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("startDate", (await ReadAsync(unknown, HttpStatusCode.BadRequest, ct)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var needsConfirmation = await ReadAsync(farOff, HttpStatusCode.Conflict, ct);
        Assert.True(needsConfirmation.GetProperty("confirmationRequired").GetBoolean());
        await WaitForChangeAsync(client, (await ReadAsync(confirmed, HttpStatusCode.Accepted, ct)).GetProperty("id").GetGuid(), "done", ct);
        Assert.Equal(new DateOnly(2206, 1, 1), alpha.Sim.State.Issue(alphaIssue.Key)!.DueDate);
    }

    [Fact]
    public async Task Dependencies_ShouldBeCreatedAndDeleted_AsJiraIssueLinks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        await sites.WaitForImportAsync(ct);
        var site = sites.Sites[0];
        var tasks = site.Sim.State.Issues().Where(i => i.IssueType == "Task").Take(2).Select(i => long.Parse(i.Id, CultureInfo.InvariantCulture)).ToList();
        var queue = sites.Service<IWriteBackQueue>();
        var actor = new WriteBackActor(null, "test");

        var created = await queue.EnqueueAsync(new WriteBackRequest([new CreateIssueLink(site.ConnectionId, site.BlocksTypeId, tasks[0], tasks[1])], "link"), actor, ct);
        await Wait.UntilAsync(async () => (await queue.GetAsync(created.Value.Id, ct))!.State == WriteBackState.Done, TimeSpan.FromSeconds(15), "the link", ct);
        var link = site.Sim.State.Links().Single(l => l.SourceId == tasks[0].ToString(CultureInfo.InvariantCulture) && l.DestinationId == tasks[1].ToString(CultureInfo.InvariantCulture));
        var deleted = await queue.EnqueueAsync(new WriteBackRequest([new DeleteIssueLink(site.ConnectionId, long.Parse(link.Id, CultureInfo.InvariantCulture))], "unlink"), actor, ct);
        await Wait.UntilAsync(async () => (await queue.GetAsync(deleted.Value.Id, ct))!.State == WriteBackState.Done, TimeSpan.FromSeconds(15), "the unlink", ct);
        var refused = await queue.EnqueueAsync(new WriteBackRequest([new CreateIssueLink(site.ConnectionId, "99999", tasks[0], tasks[1])], "link"), actor, ct);

        Assert.Equal(site.BlocksTypeId, link.TypeId);
        Assert.DoesNotContain(site.Sim.State.Links(), l => l.Id == link.Id);
        Assert.Equal("no differences", await StoreDiff.ExplainAsync(sites, ct));
        Assert.Contains("not a synced dependency type", refused.Refusal, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> GetTaskAsync(HttpClient client, ConnectedSite site, string issue, CancellationToken ct) =>
        await ReadAsync(await client.GetAsync($"/api/tasks/{site.ConnectionId}/{issue}", ct), HttpStatusCode.OK, ct);

    private static async Task<JsonElement> WaitForChangeAsync(HttpClient client, Guid id, string state, CancellationToken ct)
    {
        JsonElement change = default;
        await Wait.UntilAsync(async () =>
        {
            change = await ReadAsync(await client.GetAsync($"/api/changes/{id}", ct), HttpStatusCode.OK, ct);
            return change.GetProperty("state").GetString() == state;
        }, TimeSpan.FromSeconds(20), $"change {id} to be {state}", ct, () => Task.FromResult(change.ToString()));
        return change;
    }
}
