using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Panorama.Web.Boxes.Hierarchy;
using Panorama.Web.Boxes.Scope;
using Panorama.Web.Boxes.Wbs;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Calls of the boxes API as tests make them; every unexpected answer fails with its body.</summary>
internal static class BoxApi
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Asserts the status and returns the body.</summary>
    public static async Task<string> ExpectAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}:\n{body}");
        return body;
    }

    public static async Task<T> ExpectAsync<T>(this HttpResponseMessage response, HttpStatusCode expected) =>
        JsonSerializer.Deserialize<T>(await response.ExpectAsync(expected), Json)!;

    /// <summary>Asserts a problem answer and returns its detail.</summary>
    public static async Task<string> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.ExpectAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail), $"The problem has no detail: {body}");
        return detail!;
    }

    public static async Task<T> GetAsync<T>(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return await response.ExpectAsync<T>(HttpStatusCode.OK);
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        await client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, object body) =>
        await client.PutAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    public static async Task<BoxResponse> CreateBoxAsync(this HttpClient client, string name, string type = "Project", Guid? parent = null)
    {
        using var response = await client.PostJsonAsync("/api/boxes", new { name, type, parentId = parent });
        return await response.ExpectAsync<BoxResponse>(HttpStatusCode.Created);
    }

    public static async Task<ScopeIntegrationResponse> AddIntegrationAsync(this HttpClient client, Guid box, string connection,
        string[]? projects = null, string? jql = null, string? narrowingJql = null)
    {
        using var response = await client.PostJsonAsync($"/api/boxes/{box}/scope", new { connection, projects, jql, narrowingJql });
        return await response.ExpectAsync<ScopeIntegrationResponse>(HttpStatusCode.Created);
    }

    /// <summary>A Program box whose scope takes every seeded project of alpha, beta and gamma.</summary>
    public static async Task<BoxResponse> CreateThreeSiteBoxAsync(this HttpClient admin, string name = "Launch")
    {
        var box = await admin.CreateBoxAsync(name, "Program");
        await admin.AddIntegrationAsync(box.Id, "alpha", ["OPS", "WEB"]);
        await admin.AddIntegrationAsync(box.Id, "beta", ["BET"]);
        await admin.AddIntegrationAsync(box.Id, "gamma", ["GAM"]);
        return box;
    }

    public static Task<WbsResponse> GetWbsAsync(this HttpClient client, Guid box, string query = "") =>
        client.GetAsync<WbsResponse>($"/api/boxes/{box}/wbs{query}");

    /// <summary>The issue keys of the task rows, in row order.</summary>
    public static IReadOnlyList<string> TaskKeys(this WbsResponse wbs) => [.. wbs.Rows.Where(r => r.Task is not null).Select(r => r.Task!.Key)];

    /// <summary>A task's id as the API gives it: &lt;connection&gt;/&lt;issue id&gt;.</summary>
    public static string TaskId(Guid connectionId, long issueId) => $"{connectionId:N}/{issueId}";
}
