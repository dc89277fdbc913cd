using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Panorama.JiraSim.Tests.Infrastructure;

/// <summary>HTTP access to a simulated site as a Jira client would have it: Basic auth with e-mail and API token.</summary>
public static class JiraHttp
{
    public static HttpClient Client(SimulatedSite site, string? email = null, string? token = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        if (email is not null || token is not null || site is not null)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email ?? site!.Email}:{token ?? site!.ApiToken}"));
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        return client;
    }

    public static HttpClient Anonymous(SimulatedSite site) => new() { BaseAddress = new Uri(site.BaseUrl) };

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return await response.ReadJsonAsync(expected);
    }

    public static async Task<JsonElement> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object? body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is string text ? new StringContent(text, Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return await response.ReadJsonAsync(expected);
    }

    /// <summary>Asserts the status (printing the body when it differs) and parses the body; an empty body is JSON null.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}

public static class RawJson
{
    public static Task<HttpResponseMessage> PostAsJsonAsyncRaw(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
