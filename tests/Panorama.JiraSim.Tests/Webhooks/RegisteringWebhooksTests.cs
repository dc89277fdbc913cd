using System.Net;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Webhooks;

public sealed class RegisteringWebhooksTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly HttpClient _jira = JiraHttp.Client(fixture.Beta);

    [Fact]
    public async Task AdminWebhooks_ShouldBeRegisteredListedUpdatedAndDeleted()
    {
        var created = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/webhooks/1.0/webhook", new
        {
            name = "sync-beta",
            url = "http://127.0.0.1:9/webhooks/jira/2",
            events = new[] { "jira:issue_updated", "issuelink_created" },
            filters = new Dictionary<string, string> { ["issue-related-events-section"] = "project in (A, B)" },
            excludeBody = false,
            secret = "top-secret",
        }, HttpStatusCode.Created);
        var self = created.GetProperty("self").GetString()!;
        var id = self.Split('/')[^1];

        Assert.Equal($"{fixture.Beta.BaseUrl}/rest/webhooks/1.0/webhook/{id}", self);
        Assert.True(created.GetProperty("isSigned").GetBoolean());
        Assert.True(created.GetProperty("enabled").GetBoolean());
        Assert.True(created.GetProperty("lastUpdated").GetInt64() > 0);
        Assert.Equal("project in (A, B)", created.GetProperty("filters").GetProperty("issue-related-events-section").GetString());
        Assert.DoesNotContain("top-secret", created.GetRawText(), StringComparison.Ordinal);

        var updated = await _jira.SendJsonAsync(HttpMethod.Put, $"/rest/webhooks/1.0/webhook/{id}", new
        {
            name = "sync-beta",
            url = "http://127.0.0.1:9/webhooks/jira/2",
            events = new[] { "jira:issue_updated" },
        });
        Assert.True(updated.GetProperty("isSigned").GetBoolean());
        Assert.Equal(["jira:issue_updated"], updated.GetProperty("events").EnumerateArray().Select(e => e.GetString()));

        var list = await _jira.GetJsonAsync("/rest/webhooks/1.0/webhook");
        Assert.Contains(list.EnumerateArray(), w => w.GetProperty("self").GetString() == self);

        await _jira.SendJsonAsync(HttpMethod.Delete, $"/rest/webhooks/1.0/webhook/{id}", null, HttpStatusCode.NoContent);
        await _jira.GetJsonAsync($"/rest/webhooks/1.0/webhook/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Register_ShouldAnswer400_ForAMissingUrlOrABadFilter()
    {
        var error = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/webhooks/1.0/webhook", new
        {
            name = "broken",
            events = new[] { "jira:issue_updated" },
            filters = new Dictionary<string, string> { ["issue-related-events-section"] = "project in (" },
        }, HttpStatusCode.BadRequest);

        Assert.True(error.GetProperty("errors").TryGetProperty("url", out _));
        Assert.True(error.GetProperty("errors").TryGetProperty("filters", out _));
    }
}
