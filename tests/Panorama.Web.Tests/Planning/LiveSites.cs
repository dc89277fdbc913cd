using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Panorama.JiraSim;

namespace Panorama.Web.Tests.Planning;

/// <summary>Changes made "by a person in Jira" through a simulated site's control API (each fires the site's webhooks).</summary>
internal static class LiveSites
{
    public static async Task EditAsync(this SimulatedSite site, string key, JsonObject fields, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        using var response = await http.PutAsJsonAsync($"/_sim/issues/{key}", new JsonObject { ["fields"] = fields }, ct);
        response.EnsureSuccessStatusCode();
    }

    public static async Task<string> CreateIssueAsync(this SimulatedSite site, string project, string type, string summary, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var fields = new JsonObject
        {
            ["project"] = new JsonObject { ["key"] = project },
            ["issuetype"] = new JsonObject { ["name"] = type },
            ["summary"] = summary,
        };
        using var response = await http.PostAsJsonAsync("/_sim/issues", new JsonObject { ["fields"] = fields }, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>(ct);
        return body!["key"]!.GetValue<string>();
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails naming what it waited for.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {timeout.TotalSeconds:F0} s waiting for {what}.");
            await Task.Delay(100, ct);
        }
    }
}
