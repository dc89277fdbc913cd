using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Panorama.Data.Sync;
using Panorama.Jira.Webhooks;
using Panorama.Sync.Tests.Support;

namespace Panorama.Sync.Tests.Webhooks;

public sealed class ReceivingWebhooksTests
{
    [Fact]
    public async Task AForgedSignature_ShouldBeRefusedWith401_AndNothingStored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        var site = sites.Sites[0];
        var body = Issues.Webhook("jira:issue_updated", Issues.Json(1, "OPS-1", DateTimeOffset.UtcNow));
        var before = await CountAsync(sites, ct);

        using var forged = await PostAsync(sites, site, body, WebhookSignature.Sign("not the secret", Encoding.UTF8.GetBytes(body)), "forged-1", ct);
        using var unsigned = await PostAsync(sites, site, body, null, "forged-2", ct);
        using var unknown = await PostAsync(sites, site with { ConnectionId = Guid.NewGuid() }, body, Sign(site, body), "forged-3", ct);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Hub-Signature", await forged.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(before, await CountAsync(sites, ct));
    }

    [Fact]
    public async Task ADuplicateDelivery_ShouldBeStoredOnce_AndAcknowledged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        var site = sites.Sites[0];
        var body = Issues.Webhook("jira:issue_updated", Issues.Json(991, "OPS-991", DateTimeOffset.UtcNow, project: "NOPE"));

        using var first = await PostAsync(sites, site, body, Sign(site, body), "dup-1", ct);
        using var second = await PostAsync(sites, site, body, Sign(site, body), "dup-1", ct);
        await using var db = await sites.DbAsync(ct);
        var stored = await db.WebhookDeliveries.Where(d => d.Identifier == "dup-1").ToListAsync(ct);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(stored);
    }

    [Fact]
    public async Task DeliveriesArrivingTogether_ShouldEachBeStoredOnce_AndEachCopyAnsweredAsADuplicate()
    {
        // Deliveries that arrive together are committed together (group commit): each request must still learn
        // whether its own delivery was new, also when a copy of it is in the same batch.
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        var site = sites.Sites[0];
        var identifiers = Enumerable.Range(0, 40).Select(i => $"burst-{i}").ToList();
        var sent = identifiers.Concat(identifiers.Where((_, i) => i % 2 == 0)).Order(StringComparer.Ordinal).ToList();

        var responses = await Task.WhenAll(sent.Select(async (identifier, i) =>
        {
            var body = Issues.Webhook("jira:issue_updated", Issues.Json(2000 + i, $"OPS-{2000 + i}", DateTimeOffset.UtcNow, project: "NOPE"));
            using var response = await PostAsync(sites, site, body, Sign(site, body), identifier, ct);
            return (Identifier: identifier, response.StatusCode);
        }));
        await using var db = await sites.DbAsync(ct);
        var stored = await db.WebhookDeliveries.Where(d => d.Identifier.StartsWith("burst-")).Select(d => d.Identifier).ToListAsync(ct);

        Assert.Equal(identifiers.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.All(responses.GroupBy(r => r.Identifier), copies =>
        {
            Assert.Single(copies, r => r.StatusCode == HttpStatusCode.Accepted);
            Assert.All(copies.Where(r => r.StatusCode != HttpStatusCode.Accepted), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        });
    }

    [Fact]
    public async Task ALateUpdate_ShouldNotResurrectAnIssue_ThatJiraDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sites = await SyncedSites.StartAsync(new SyncedSitesOptions(), ct);
        await sites.WaitForImportAsync(ct);
        var site = sites.Sites[0];
        var victim = site.Sim.State.Issues().First(i => i.IssueType == "Task");
        using (var jira = new SimControl(site.Sim))
        {
            await jira.DeleteAsync(victim.Key, ct);
        }

        var id = long.Parse(victim.Id, System.Globalization.CultureInfo.InvariantCulture);
        await Wait.UntilAsync(async () => await DeletedAsync(sites, site, id, ct), TimeSpan.FromSeconds(30), "the deletion to be applied", ct);

        // An update Jira produced before the deletion, delivered late, with a newer "updated" than the tombstone saw.
        var late = Issues.Webhook("jira:issue_updated", Issues.Json(id, victim.Key, DateTimeOffset.UtcNow.AddMinutes(5), project: victim.ProjectKey));
        using var response = await PostAsync(sites, site, late, Sign(site, late), "late-1", ct);
        await Wait.UntilAsync(async () =>
        {
            await using var db = await sites.DbAsync(ct);
            return await db.WebhookDeliveries.AnyAsync(d => d.Identifier == "late-1" && d.State == WebhookDeliveryState.Applied, ct);
        }, TimeSpan.FromSeconds(30), "the late delivery to be processed", ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await DeletedAsync(sites, site, id, ct));
    }

    private static string Sign(ConnectedSite site, string body) => WebhookSignature.Sign(site.WebhookSecret, Encoding.UTF8.GetBytes(body));

    private static async Task<HttpResponseMessage> PostAsync(SyncedSites sites, ConnectedSite site, string body, string? signature, string identifier,
        CancellationToken ct)
    {
        using var client = sites.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/jira/{site.ConnectionId}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Atlassian-Webhook-Identifier", identifier);
        if (signature is not null)
        {
            request.Headers.Add(WebhookSignature.HeaderName, signature);
        }

        return await client.SendAsync(request, ct);
    }

    private static async Task<int> CountAsync(SyncedSites sites, CancellationToken ct)
    {
        await using var db = await sites.DbAsync(ct);
        return await db.WebhookDeliveries.CountAsync(ct);
    }

    private static async Task<bool> DeletedAsync(SyncedSites sites, ConnectedSite site, long id, CancellationToken ct)
    {
        await using var db = await sites.DbAsync(ct);
        return await db.Tasks.AnyAsync(t => t.ConnectionId == site.ConnectionId && t.IssueId == id && t.DeletedAt != null, ct);
    }
}
