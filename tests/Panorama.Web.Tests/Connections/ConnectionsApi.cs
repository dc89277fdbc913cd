using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Panorama.JiraSim;
using Panorama.Web.Connections;

namespace Panorama.Web.Tests.Connections;

/// <summary>Calls of <c>/api/connections</c> that fail with the response body when the status is not the one expected.</summary>
internal static class ConnectionsApi
{
    public static async Task<ConnectionResultResponse> ConnectAsync(this HttpClient admin, SimulatedSite site, CancellationToken ct,
        bool? primary = null, string? token = null, string? email = null, string? url = null, string? name = null)
    {
        using var response = await admin.PostAsJsonAsync("/api/connections",
            new CreateConnectionRequest(name ?? site.Name, url ?? site.BaseUrl, email ?? site.Email, token ?? site.ApiToken, primary), ct);
        return await ReadAsync<ConnectionResultResponse>(response, HttpStatusCode.Created, ct);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}:\n{body}");
        return JsonSerializer.Deserialize<T>(body, JsonSerializerOptions.Web)!;
    }

    public static async Task<T> GetAsync<T>(this HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(path, ct);
        return await ReadAsync<T>(response, HttpStatusCode.OK, ct);
    }

    public static async Task<T> PutAsync<T>(this HttpClient client, string path, object body, HttpStatusCode expected, CancellationToken ct)
    {
        using var response = await client.PutAsJsonAsync(path, body, ct);
        return await ReadAsync<T>(response, expected, ct);
    }

    public static async Task<T> PostAsync<T>(this HttpClient client, string path, HttpStatusCode expected, CancellationToken ct)
    {
        using var response = await client.PostAsync(path, null, ct);
        return await ReadAsync<T>(response, expected, ct);
    }

    public static CheckResponse Check(this ConnectionResultResponse result, string name) =>
        Assert.Single(result.Checks!, c => c.Name == name);
}

/// <summary>A problem details body with the mapping errors extension.</summary>
internal sealed record MappingProblem(int Status, string? Title, string? Detail, IReadOnlyList<MappingErrorResponse> Errors);

/// <summary>A validation or plain problem body.</summary>
internal sealed record Problem(int Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors);
