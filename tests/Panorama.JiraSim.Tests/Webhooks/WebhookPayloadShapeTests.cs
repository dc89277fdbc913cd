using System.Net;
using System.Text.Json;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Webhooks;

/// <summary>
/// Deliveries carry the keys of real Jira Cloud deliveries of the same event (Fixtures/captured). Differences that are
/// deliberate: user objects lack <c>name</c>/<c>key</c> (removed from Cloud payloads by Atlassian's 2019 privacy
/// changes; the captures predate it), changelog items lack the <c>tmpFromAccountId</c>/<c>tmpToAccountId</c> of older
/// captures, and custom field ids are the simulated site's own.
/// </summary>
public sealed class WebhookPayloadShapeTests
{
    private static readonly string[] Deprecated = ["name", "key", "tmpFromAccountId", "tmpToAccountId"];
    private static readonly string[] LoggerKeys = ["level", "message", "label"];

    [Fact]
    public async Task IssueAndLinkDeliveries_ShouldCarryTheKeysOfRealCaptures()
    {
        await using var jira = await Sim.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var site = jira.Sites[0];
        await Sim.RegisterAsync(site, receiver.Url);
        using var client = JiraHttp.Client(site);
        var project = site.State.ProjectKeys[0];
        var other = site.State.Issues().First(i => i.ProjectKey == project && i.IssueType == "Task");

        var created = await client.SendJsonAsync(HttpMethod.Post, "/rest/api/3/issue",
            new { fields = new { project = new { key = project }, issuetype = new { name = "Task" }, summary = "Shape check", assignee = new { accountId = other.AssigneeAccountId ?? site.State.Issues().First(i => i.AssigneeAccountId is not null).AssigneeAccountId } } },
            HttpStatusCode.Created);
        var key = created.GetProperty("key").GetString()!;
        await client.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{key}", new Dictionary<string, object>
        {
            ["fields"] = new Dictionary<string, object> { [site.State.FieldIds.StoryPoints] = 5 },
        }, HttpStatusCode.NoContent);
        await client.PostAsJsonAsyncRaw("/rest/api/3/issueLink", $$$"""{"type": {"name": "Blocks"}, "inwardIssue": {"key": "{{{key}}}"}, "outwardIssue": {"key": "{{{other.Key}}}"}}""");
        await client.SendJsonAsync(HttpMethod.Delete, $"/rest/api/3/issue/{key}", null, HttpStatusCode.NoContent);

        string[] expected = ["jira:issue_created", "jira:issue_updated", "issuelink_created", "issuelink_deleted", "jira:issue_deleted"];
        var received = await receiver.WaitForAsync(r => expected.All(e => r.Any(d => d.Event == e)) &&
                                                        r.Any(d => d.Event == "jira:issue_updated" && d.Json.GetProperty("changelog").GetProperty("items")[0].GetProperty("fieldtype").GetString() == "custom"));
        JsonElement Of(string name, Func<JsonElement, bool>? where = null) =>
            received.Select(r => r.Json).First(j => j.GetProperty("webhookEvent").GetString() == name && (where?.Invoke(j) ?? true));

        AssertSameShape(Capture("mattermost-plugin-jira/webhook-cloud-issue-created-many-fields.json"), Of("jira:issue_created"));
        AssertSameShape(Capture("mattermost-plugin-jira/webhook-cloud-issue-updated-custom-field.json"),
            Of("jira:issue_updated", j => j.GetProperty("changelog").GetProperty("items")[0].GetProperty("fieldtype").GetString() == "custom"));
        AssertSameShape(Capture("mattermost-plugin-jira/webhook-issue-deleted.json"), Of("jira:issue_deleted"));
        AssertSameShape(Capture("jira-to-matrix/issuelink_created.json"), Of("issuelink_created"));
        AssertSameShape(Capture("jira-to-matrix/issuelink_deleted.json"), Of("issuelink_deleted"));
        Assert.Equal(JsonValueKind.Number, Of("issuelink_created").GetProperty("timestamp").ValueKind);
        Assert.Contains("/rest/api/2/issue/", Of("jira:issue_created").GetProperty("issue").GetProperty("self").GetString(), StringComparison.Ordinal);
    }

    private static JsonElement Capture(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "captured", file))).RootElement;

    /// <summary>Same keys at the top, in the user, issue, changelog and link objects; system fields of the capture all present.</summary>
    private static void AssertSameShape(JsonElement capture, JsonElement actual)
    {
        Assert.Equal(Keys(capture).Except(LoggerKeys).Order(), Keys(actual).Order());
        foreach (var section in new[] { "user", "issue", "changelog", "issueLink" })
        {
            if (capture.TryGetProperty(section, out var expected))
            {
                Assert.Equal(Keys(expected).Except(Deprecated).Order(), Keys(actual.GetProperty(section)).Except(Deprecated).Order());
            }
        }

        if (capture.TryGetProperty("changelog", out var changelog))
        {
            Assert.Equal(Keys(changelog.GetProperty("items")[0]).Except(Deprecated).Order(), Keys(actual.GetProperty("changelog").GetProperty("items")[0]).Order());
        }

        if (capture.TryGetProperty("issueLink", out var link))
        {
            Assert.Equal(Keys(link.GetProperty("issueLinkType")).Order(), Keys(actual.GetProperty("issueLink").GetProperty("issueLinkType")).Order());
        }

        if (capture.TryGetProperty("issue", out var issue))
        {
            var systemFields = Keys(issue.GetProperty("fields")).Where(k => !k.StartsWith("customfield_", StringComparison.Ordinal));
            var actualFields = Keys(actual.GetProperty("issue").GetProperty("fields")).ToHashSet();
            var missing = systemFields.Where(f => !actualFields.Contains(f)).ToList();
            Assert.True(missing.Count == 0, $"System fields missing: {string.Join(", ", missing)}");
            Assert.Equal(Keys(issue.GetProperty("fields").GetProperty("status")).Order(), Keys(actual.GetProperty("issue").GetProperty("fields").GetProperty("status")).Order());
        }
    }

    private static IEnumerable<string> Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name);
}
