using System.Net;
using System.Net.Http.Json;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>The simulator's control API (<c>/_sim</c>): what a Jira administrator or a person would change on the site.</summary>
internal static class SimControl
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary><c>PUT /_sim/users/{email}</c>: adds or changes a user; an empty token revokes it.</summary>
    public static Task PutUserAsync(SimulatedSite site, string email, string? token = null, bool? administer = null) =>
        SendAsync(site, HttpMethod.Put, $"/_sim/users/{Uri.EscapeDataString(email)}",
            new { token, administer });

    /// <summary><c>PUT /_sim/screens</c>: the fields on a project's edit screen.</summary>
    public static Task PutScreenAsync(SimulatedSite site, string projectKey, IEnumerable<string> fieldIds) =>
        SendAsync(site, HttpMethod.Put, "/_sim/screens", new Dictionary<string, string[]> { [projectKey] = [.. fieldIds] });

    /// <summary><c>PUT /_sim/issues/{key}</c>: a person edits the issue in Jira (changelog, <c>updated</c>, webhooks).</summary>
    public static Task EditIssueAsync(SimulatedSite site, string key, object fields) =>
        SendAsync(site, HttpMethod.Put, $"/_sim/issues/{Uri.EscapeDataString(key)}", new { fields });

    private static async Task SendAsync(SimulatedSite site, HttpMethod method, string path, object body)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) }, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent,
            $"{method} {path} answered {(int)response.StatusCode}: {text}");
    }
}
