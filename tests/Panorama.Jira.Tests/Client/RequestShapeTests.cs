using System.Text.Json;
using System.Text.Json.Nodes;
using Panorama.Jira.Tests.Support;
using Panorama.Jira.Webhooks;

namespace Panorama.Jira.Tests.Client;

/// <summary>What each write and bulk operation sends, checked against the official request examples.</summary>
public sealed class RequestShapeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertKeysAreOfficial(string fixture, string body)
    {
        using var official = JsonDocument.Parse(FixtureFiles.Read(fixture));
        using var sent = JsonDocument.Parse(body);
        var allowed = official.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(sent.RootElement.EnumerateObject(), p => Assert.Contains(p.Name, allowed));
    }

    [Fact]
    public async Task EditIssue_ShouldPutTheFields_WithoutNotifyingUsers()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("PUT", "/rest/api/3/issue/OPS-12", _ => FakeResponse.Empty(204));

        await server.Host.Client.EditIssueAsync("OPS-12",
            new JsonObject { ["duedate"] = "2026-03-31", ["customfield_10015"] = "2026-03-01", ["customfield_10016"] = null },
            cancellationToken: Ct);
        await server.Host.Client.EditIssueAsync("OPS-12", new JsonObject { ["summary"] = "x" }, notifyUsers: true,
            cancellationToken: Ct);

        var requests = server.Jira.Requests.ToList();
        Assert.Equal("?notifyUsers=false", requests[0].QueryString);
        Assert.Equal("""{"fields":{"duedate":"2026-03-31","customfield_10015":"2026-03-01","customfield_10016":null}}""", requests[0].Body);
        Assert.Equal(string.Empty, requests[1].QueryString);
        AssertKeysAreOfficial("spec-examples/issue.PUT.request.json", requests[0].Body);
    }

    [Fact]
    public async Task CreateIssue_ShouldPostTheFields()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("POST", "/rest/api/3/issue", _ => FakeResponse.File("spec-examples/issue.POST.201.json") with { Status = 201 });

        await server.Host.Client.CreateIssueAsync(new JsonObject
        {
            ["project"] = new JsonObject { ["key"] = "OPS" },
            ["issuetype"] = new JsonObject { ["id"] = "10002" },
            ["summary"] = "Plan the launch",
        }, cancellationToken: Ct);

        var body = server.Jira.Requests.Single().Body;
        Assert.Equal("""{"fields":{"project":{"key":"OPS"},"issuetype":{"id":"10002"},"summary":"Plan the launch"}}""", body);
        AssertKeysAreOfficial("spec-examples/issue.POST.request.json", body);
    }

    [Fact]
    public async Task CreateIssueLink_ShouldSendTypeAndBothSides_AndAcceptAnEmpty201()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("POST", "/rest/api/3/issueLink", _ => FakeResponse.Empty(201));
        server.Jira.On("DELETE", "/rest/api/3/issueLink/10656", _ => FakeResponse.Empty(204));

        // "OPS-1 blocks 10002": the inward side carries the outward verb.
        await server.Host.Client.CreateIssueLinkAsync("10000", inwardIssue: "OPS-1", outwardIssue: "10002", Ct);
        await server.Host.Client.DeleteIssueLinkAsync("10656", Ct);

        var body = server.Jira.Requests.First().Body;
        Assert.Equal("""{"type":{"id":"10000"},"inwardIssue":{"key":"OPS-1"},"outwardIssue":{"id":"10002"}}""", body);
        AssertKeysAreOfficial("spec-examples/issueLink.POST.request.json", body);
        Assert.Equal("DELETE", server.Jira.Requests.Last().Method);
    }

    [Fact]
    public async Task BulkFetch_ShouldSplitIntoCallsOfAtMost100()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("POST", "/rest/api/3/issue/bulkfetch", request =>
        {
            var ids = JsonDocument.Parse(request.Body).RootElement.GetProperty("issueIdsOrKeys").EnumerateArray()
                .Select(e => new JsonObject { ["id"] = e.GetString(), ["key"] = $"K-{e.GetString()}" });
            return FakeResponse.Json(200, new JsonObject { ["issues"] = new JsonArray([.. ids]) }.ToJsonString());
        });
        var ids = Enumerable.Range(10_000, 250).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var result = await server.Host.Client.BulkFetchAsync(ids, ["summary", "updated"], Ct);

        Assert.Equal(ids, result.Issues.Select(i => i.Id));
        var sizes = server.Jira.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("issueIdsOrKeys").GetArrayLength());
        Assert.Equal([100, 100, 50], sizes);
        AssertKeysAreOfficial("spec-examples/issue-bulkfetch.POST.request.json", server.Jira.Requests.First().Body);
        Assert.Contains("\"fields\":[\"summary\",\"updated\"]", server.Jira.Requests.First().Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminWebhooks_ShouldBeCreatedListedReadUpdatedAndDeleted_WithTheIdFromSelf()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        var stored = """
            {"self":"https://beta.atlassian.net/rest/webhooks/1.0/webhook/42","name":"panorama-beta","url":"https://p.example/webhooks/jira/1",
             "events":["jira:issue_created","issuelink_created"],"filters":{"issue-related-events-section":"project in (OPS)"},
             "excludeBody":false,"enabled":true,"isSigned":true,"lastUpdatedUser":"5b10"}
            """;
        server.Jira.On("POST", "/rest/webhooks/1.0/webhook", _ => FakeResponse.Json(201, stored));
        server.Jira.On("GET", "/rest/webhooks/1.0/webhook", _ => FakeResponse.Json(200, $"[{stored}]"));
        server.Jira.On("GET", "/rest/webhooks/1.0/webhook/42", _ => FakeResponse.Json(200, stored));
        server.Jira.On("PUT", "/rest/webhooks/1.0/webhook/42", _ => FakeResponse.Json(200, stored));
        server.Jira.On("DELETE", "/rest/webhooks/1.0/webhook/42", _ => FakeResponse.Empty(204));
        var registration = new JiraWebhookRegistration("panorama-beta", "https://p.example/webhooks/jira/1",
            JiraWebhookEvents.ForSync)
        { JqlFilter = "project in (OPS)", Secret = "s3cr3t" };
        var client = server.Host.Client;

        var created = await client.CreateWebhookAsync(registration, Ct);
        var listed = await client.GetWebhooksAsync(Ct);
        var read = await client.GetWebhookAsync(42, Ct);
        await client.UpdateWebhookAsync(42, registration with { Secret = null }, Ct);
        await client.DeleteWebhookAsync(42, Ct);

        Assert.Equal(42, created.Id);
        Assert.Equal("project in (OPS)", created.JqlFilter);
        Assert.True(created.IsSigned);
        Assert.Equal(42, Assert.Single(listed).Id);
        Assert.Equal(["jira:issue_created", "issuelink_created"], read.Events);
        var bodies = server.Jira.Requests.Select(r => r.Body).ToList();
        Assert.Equal(
            """{"name":"panorama-beta","url":"https://p.example/webhooks/jira/1","events":["jira:issue_created","jira:issue_updated","jira:issue_deleted","issuelink_created","issuelink_deleted"],"filters":{"issue-related-events-section":"project in (OPS)"},"excludeBody":false,"secret":"s3cr3t"}""",
            bodies[0]);
        Assert.DoesNotContain("secret", bodies[3], StringComparison.Ordinal); // an update without a secret keeps Jira's
        Assert.Equal(["POST", "GET", "GET", "PUT", "DELETE"], server.Jira.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task SearchProjects_ShouldFollowStartAtUntilTheLastPage()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/project/search", request => request.Query["startAt"] == "0"
            ? FakeResponse.Json(200, """{"startAt":0,"maxResults":2,"isLast":false,"values":[{"id":"1","key":"A"},{"id":"2","key":"B"}]}""")
            : FakeResponse.Json(200, """{"startAt":2,"maxResults":2,"isLast":true,"values":[{"id":"3","key":"C","name":"Gamma","projectTypeKey":"software"}]}"""));

        var projects = await server.Host.Client.SearchProjectsAsync(Ct);

        Assert.Equal(["A", "B", "C"], projects.Select(p => p.Key));
        Assert.Equal("software", projects[2].ProjectTypeKey);
        Assert.Equal(["0", "2"], server.Jira.Requests.Select(r => r.Query["startAt"]));
    }

    [Fact]
    public async Task ServerInfo_ShouldTellWhetherTheSiteIsCloud()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/serverInfo", _ => FakeResponse.Json(200,
            """{"baseUrl":"https://beta.atlassian.net","version":"1001.0.0-SNAPSHOT","versionNumbers":[1001,0,0],"deploymentType":"Cloud","buildNumber":100280,"serverTitle":"Jira"}"""));

        var info = await server.Host.Client.GetServerInfoAsync(Ct);

        Assert.True(info.IsCloud);
        Assert.Equal(("https://beta.atlassian.net", 100280L), (info.BaseUrl, info.BuildNumber!.Value));
    }
}
