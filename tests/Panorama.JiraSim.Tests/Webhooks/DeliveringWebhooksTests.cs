using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Webhooks;

public sealed class DeliveringWebhooksTests
{
    [Fact]
    public async Task AnEdit_ShouldArriveSigned_WithJirasHeaders_AndOnlyForIssuesTheFilterMatches()
    {
        await using var jira = await Sim.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var site = jira.Sites[0];
        var (inScope, outOfScope) = (site.State.ProjectKeys[0], site.State.ProjectKeys[1]);
        await Sim.RegisterAsync(site, receiver.Url + "/webhooks/jira/1?issue=${issue.key}", "It's a Secret to Everybody", $"project = {inScope}");
        using var client = JiraHttp.Client(site);
        var target = site.State.Issues().First(i => i.ProjectKey == inScope);
        var other = site.State.Issues().First(i => i.ProjectKey == outOfScope);

        await client.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{other.Key}", new { fields = new { summary = "Not for Panorama" } }, HttpStatusCode.NoContent);
        await client.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{target.Key}", new { fields = new { summary = "Renamed by REST" } }, HttpStatusCode.NoContent);

        var received = await receiver.WaitForAsync(r => r.Count >= 1);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        var delivery = Assert.Single(receiver.Received);
        Assert.Equal(received[0], delivery);
        Assert.Equal($"/webhooks/jira/1?issue={target.Key}", delivery.Path);
        Assert.Equal("jira:issue_updated", delivery.Event);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("It's a Secret to Everybody"), delivery.Body));
        Assert.Equal(expected, delivery.Header("X-Hub-Signature"));
        Assert.False(string.IsNullOrEmpty(delivery.Header("X-Atlassian-Webhook-Identifier")));
        Assert.Equal("Primary", delivery.Header("X-Atlassian-Webhook-Flow"));
        Assert.Null(delivery.Header("X-Atlassian-Webhook-Retry"));
        var item = delivery.Json.GetProperty("changelog").GetProperty("items")[0];
        Assert.Equal("summary", item.GetProperty("fieldId").GetString());
        Assert.Equal(target.Summary, item.GetProperty("fromString").GetString());
        Assert.Equal("Renamed by REST", item.GetProperty("toString").GetString());
        var updated = site.State.Issue(target.Key)!.Updated.ToUnixTimeMilliseconds();
        Assert.InRange(delivery.Json.GetProperty("timestamp").GetInt64(), updated, updated + 60_000);
    }

    [Fact]
    public void SignatureFormat_ShouldMatchAtlassiansTestVector()
    {
        var signature = Panorama.JiraSim.Webhooks.WebhookSignature.Compute("It's a Secret to Everybody", "Hello World!"u8);

        Assert.Equal("sha256=a4771c39fbe90f317c7824e83ddef3caae9cb3d976c214ace1f2937e133263c9", signature);
    }

    [Fact]
    public async Task ADelivery_ShouldBeRetriedWithTheSameIdentifier_WhenTheReceiverAnswers503()
    {
        await using var jira = await Sim.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var site = jira.Sites[0];
        await Sim.RegisterAsync(site, receiver.Url);
        receiver.AnswerNext(503, 503);

        await ControlEditAsync(site, site.State.Issues()[0].Key, new { fields = new { summary = "Retry me" } });

        var received = await receiver.WaitForAsync(r => r.Any(d => d.Status == 200));
        Assert.Equal([503, 503, 200], received.Select(r => r.Status));
        Assert.Single(received.Select(r => r.Header("X-Atlassian-Webhook-Identifier")).Distinct());
        Assert.Equal([null, "1", "2"], received.Select(r => r.Header("X-Atlassian-Webhook-Retry")));
        Assert.Equal(2, site.Stats.WebhooksRetried);
    }

    [Fact]
    public async Task ADelivery_ShouldNotBeRetried_WhenTheReceiverAnswersAnother4xx()
    {
        await using var jira = await Sim.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var site = jira.Sites[0];
        await Sim.RegisterAsync(site, receiver.Url);
        receiver.AnswerNext(400);

        await ControlEditAsync(site, site.State.Issues()[0].Key, new { fields = new { summary = "Refused" } });

        await receiver.WaitForAsync(r => r.Count == 1);
        await Task.Delay(400, TestContext.Current.CancellationToken);
        Assert.Single(receiver.Received);
        Assert.Equal(0, site.Stats.WebhooksRetried);
    }

    [Fact]
    public async Task ControlApiChanges_ShouldFireWhatJiraWouldFire()
    {
        await using var jira = await Sim.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var site = jira.Sites[0];
        await Sim.RegisterAsync(site, receiver.Url, secret: null);
        var issues = site.State.Issues().Where(i => i.IssueType == "Task" && i.Status != "Done").Take(2).ToList();
        using var control = JiraHttp.Anonymous(site);

        await ControlEditAsync(site, issues[0].Key, new { fields = new { status = new { name = "Done" } } });
        var created = await control.SendJsonAsync(HttpMethod.Post, "/_sim/issues",
            new { fields = new { project = new { key = issues[0].ProjectKey }, issuetype = new { name = "Bug" }, summary = "Found in production" } }, HttpStatusCode.Created);
        var link = await control.SendJsonAsync(HttpMethod.Post, "/_sim/links", new { type = "Relates", from = issues[0].Key, to = issues[1].Key }, HttpStatusCode.Created);
        await control.SendJsonAsync(HttpMethod.Delete, $"/_sim/links/{link.GetProperty("id").GetString()}", null, HttpStatusCode.NoContent);
        await control.SendJsonAsync(HttpMethod.Delete, $"/_sim/issues/{created.GetProperty("key").GetString()}", null, HttpStatusCode.NoContent);

        string[] expected = ["jira:issue_created", "issuelink_created", "issuelink_deleted", "jira:issue_deleted"];
        var received = await receiver.WaitForAsync(r => expected.All(e => r.Any(d => d.Event == e)) &&
                                                        r.Count(d => d.Event == "jira:issue_updated") >= 5);
        var events = received.Select(r => r.Event).ToList();
        Assert.Contains("jira:issue_created", events);
        Assert.Contains("issuelink_created", events);
        // Deliveries go out a few at a time, so arrival order is not guaranteed (nor is it on Jira).
        var transition = received.Single(r => r.Event == "jira:issue_updated" &&
                                              r.Json.GetProperty("changelog").GetProperty("items").EnumerateArray().Any(i => i.GetProperty("fieldId").GetString() == "status"));
        Assert.Equal("issue_generic", transition.Json.GetProperty("issue_event_type_name").GetString());
        Assert.Equal(issues[0].Key, transition.Json.GetProperty("issue").GetProperty("key").GetString());
        Assert.Contains(received, r => r.Event == "jira:issue_updated" && r.Header("X-Atlassian-Webhook-Flow") == "Secondary" &&
                                       r.Json.GetProperty("changelog").GetProperty("items")[0].GetProperty("field").GetString() == "Link");
        Assert.Null(transition.Header("X-Hub-Signature"));
        var linkBody = received.First(r => r.Event == "issuelink_created").Json.GetProperty("issueLink");
        Assert.Equal(long.Parse(issues[0].Id), linkBody.GetProperty("sourceIssueId").GetInt64());
        Assert.Equal("relates to", linkBody.GetProperty("issueLinkType").GetProperty("outwardName").GetString());
        Assert.Equal("Done", site.State.Issue(issues[0].Key)!.Status);
    }

    [Fact]
    public async Task Webhooks_ShouldReachAnInMemoryTestServer_ThroughTheHandlerFactory()
    {
        var received = new List<string>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();
        app.MapPost("/webhooks/jira/{id}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            lock (received)
            {
                received.Add(context.Request.Path + " " + reader.ReadToEndAsync().Result.Length);
            }

            await Task.CompletedTask;
            return Results.NoContent();
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        await using var jira = await Sim.StartAsync(handler: () => app.GetTestServer().CreateHandler());
        var site = jira.Sites[0];
        await Sim.RegisterAsync(site, "http://localhost/webhooks/jira/7");

        await ControlEditAsync(site, site.State.Issues()[0].Key, new { fields = new { summary = "Into the TestServer" } });

        for (var i = 0; i < 200 && site.Stats.WebhooksSent == 0; i++)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.Equal(1, site.Stats.WebhooksSent);
        lock (received)
        {
            Assert.StartsWith("/webhooks/jira/7 ", Assert.Single(received), StringComparison.Ordinal);
        }
    }

    internal static async Task ControlEditAsync(SimulatedSite site, string key, object body)
    {
        using var control = JiraHttp.Anonymous(site);
        await control.SendJsonAsync(HttpMethod.Put, $"/_sim/issues/{key}", body, HttpStatusCode.NoContent);
    }
}
