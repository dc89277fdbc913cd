using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Panorama.Jira.Model;
using Panorama.Jira.Webhooks;

namespace Panorama.Sync.Tests.Support;

/// <summary>Issue bodies as Jira sends them, for tests that feed the store or the receiver directly.</summary>
internal static class Issues
{
    public static JsonObject Json(long id, string key, DateTimeOffset updated, string? start = null, string? due = null, string project = "OPS",
        string summary = "A task", IEnumerable<(long LinkId, string TypeId, bool Outward, long Other)>? links = null)
    {
        var fields = new JsonObject
        {
            ["summary"] = summary,
            ["updated"] = updated.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0000",
            ["project"] = new JsonObject { ["id"] = "10000", ["key"] = project, ["name"] = "Operations" },
            ["issuetype"] = new JsonObject { ["id"] = "10001", ["name"] = "Task", ["subtask"] = false, ["hierarchyLevel"] = 0 },
            ["status"] = new JsonObject { ["id"] = "1", ["name"] = "To Do", ["statusCategory"] = new JsonObject { ["key"] = "new" } },
            ["customfield_10015"] = start,
            ["duedate"] = due,
            ["description"] = "long text",
        };
        if (links is not null)
        {
            fields["issuelinks"] = new JsonArray([.. links.Select(l => (JsonNode)new JsonObject
            {
                ["id"] = l.LinkId.ToString(CultureInfo.InvariantCulture),
                ["type"] = new JsonObject { ["id"] = l.TypeId, ["name"] = "Blocks", ["inward"] = "is blocked by", ["outward"] = "blocks" },
                [l.Outward ? "outwardIssue" : "inwardIssue"] = new JsonObject { ["id"] = l.Other.ToString(CultureInfo.InvariantCulture), ["key"] = $"{project}-{l.Other}" },
            })]);
        }

        return new JsonObject { ["id"] = id.ToString(CultureInfo.InvariantCulture), ["key"] = key, ["fields"] = fields };
    }

    /// <summary>A webhook body for an issue event, v2 shape.</summary>
    public static string Webhook(string webhookEvent, JsonObject issue) =>
        new JsonObject { ["timestamp"] = 1_700_000_000_000, ["webhookEvent"] = webhookEvent, ["issue"] = issue }.ToJsonString();

    public static JiraIssue Issue(long id, string key, DateTimeOffset updated, string? start = null, string? due = null, string project = "OPS",
        string summary = "A task", IEnumerable<(long LinkId, string TypeId, bool Outward, long Other)>? links = null) =>
        JiraWebhookPayload.Parse(Encoding.UTF8.GetBytes(Webhook("jira:issue_updated", Json(id, key, updated, start, due, project, summary, links)))).Issue!;
}
