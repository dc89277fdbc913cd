using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Panorama.JiraSim;

namespace Panorama.Sync.Tests.Support;

/// <summary>Changes made "by a person in Jira" through a simulated site's control API (each fires Jira's webhooks).</summary>
internal sealed class SimControl(SimulatedSite site) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(site.BaseUrl) };

    public Task EditAsync(string key, JsonObject fields, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"/_sim/issues/{key}", new JsonObject { ["fields"] = fields }, cancellationToken);

    public async Task<string> CreateAsync(string project, string type, string summary, CancellationToken cancellationToken, string? parentKey = null)
    {
        var fields = new JsonObject
        {
            ["project"] = new JsonObject { ["key"] = project },
            ["issuetype"] = new JsonObject { ["name"] = type },
            ["summary"] = summary,
        };
        if (parentKey is not null)
        {
            fields["parent"] = new JsonObject { ["key"] = parentKey };
        }

        var body = await SendAsync(HttpMethod.Post, "/_sim/issues", new JsonObject { ["fields"] = fields }, cancellationToken);
        return body!.RootElement.GetProperty("key").GetString()!;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => SendAsync(HttpMethod.Delete, $"/_sim/issues/{key}", null, cancellationToken);

    /// <summary>"<paramref name="from"/> &lt;type's outward verb&gt; <paramref name="to"/>"; returns the link id.</summary>
    public async Task<string> LinkAsync(string type, string from, string to, CancellationToken cancellationToken)
    {
        var body = await SendAsync(HttpMethod.Post, "/_sim/links", new JsonObject { ["type"] = type, ["from"] = from, ["to"] = to }, cancellationToken);
        return body!.RootElement.GetProperty("id").GetString()!;
    }

    public Task UnlinkAsync(string id, CancellationToken cancellationToken) => SendAsync(HttpMethod.Delete, $"/_sim/links/{id}", null, cancellationToken);

    public Task SetUserTokenAsync(string email, string token, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"/_sim/users/{Uri.EscapeDataString(email)}", new JsonObject { ["token"] = token }, cancellationToken);

    public Task SetScreensAsync(JsonObject screens, CancellationToken cancellationToken) => SendAsync(HttpMethod.Put, "/_sim/screens", screens, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<JsonDocument?> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new SimRefusedException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? null : JsonDocument.Parse(text);
    }
}

/// <summary>The simulated site refused a control call (e.g. a parent of the wrong level): the chaos test just moves on.</summary>
internal sealed class SimRefusedException(string message) : Exception(message);
