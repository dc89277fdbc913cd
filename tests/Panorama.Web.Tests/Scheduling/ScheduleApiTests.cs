using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Panorama.Testing.Web;

namespace Panorama.Web.Tests.Scheduling;

/// <summary>A script posts a schedule file to <c>POST /api/schedule</c> and reads the schedule or the problem.</summary>
public sealed class ComputingAScheduleOverTheApiTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task PostingAScheduleFile_ShouldReturnTheScheduleWithCriticalFlags()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var client = await app.CreateUserClientAsync("planner@example.com", cancellationToken: ct);

        using var response = await client.PostAsync("/api/schedule", Json("""
            {
              "start": "2026-12-30",
              "calendar": { "holidays": ["2027-01-01"] },
              "tasks": [ { "id": "A", "duration": 2 }, { "id": "B", "duration": 2 }, { "id": "C", "duration": 1 } ],
              "links": [ { "from": "A", "to": "B", "type": "FS", "lag": -1 } ]
            }
            """), ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);
        var tasks = document.RootElement.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);
        Assert.Equal("2026-12-31", tasks["B"].GetProperty("startDate").GetString());
        Assert.Equal("2027-01-04", tasks["B"].GetProperty("endDate").GetString());
        Assert.True(tasks["B"].GetProperty("critical").GetBoolean());
        Assert.False(tasks["C"].GetProperty("critical").GetBoolean());
        Assert.Equal(2, tasks["C"].GetProperty("totalFloat").GetInt32());
        Assert.Equal(3, document.RootElement.GetProperty("duration").GetInt32());
    }

    [Fact]
    public async Task PostingABadFile_ShouldReturnAProblemWhoseDetailNamesTheTask()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var client = await app.CreateUserClientAsync("planner@example.com", cancellationToken: ct);

        using var response = await client.PostAsync("/api/schedule", Json("""
            { "start": "2026-01-05", "tasks": [ { "id": "Design", "duration": 2, "mode": "manual" } ], "links": [ { "from": "Design", "to": "Build" } ] }
            """), ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("Task 'Design' is manual but has no \"startDate\"", detail, StringComparison.Ordinal);
        Assert.Contains("names task 'Build'", detail, StringComparison.Ordinal);
        Assert.Equal(2, problem.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task PostingMalformedJson_ShouldSayWhere()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var client = await app.CreateUserClientAsync("planner@example.com", cancellationToken: ct);

        using var response = await client.PostAsync("/api/schedule", Json("""{ "start": "2026-01-05", "tasks": [ { "id": 7 } ] }"""), ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Contains("$.tasks[0].id", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostingSomethingOtherThanJson_ShouldBe415()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var client = await app.CreateUserClientAsync("planner@example.com", cancellationToken: ct);

        using var response = await client.PostAsync("/api/schedule", new StringContent("start=2026-01-05", Encoding.UTF8, "text/plain"), ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApiDocument_ShouldDescribeTheScheduleEndpoint()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var client = await app.CreateUserClientAsync("planner@example.com", cancellationToken: ct);

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", ct);

        var post = document.GetProperty("paths").GetProperty("/api/schedule").GetProperty("post");
        Assert.Equal("Compute a schedule file", post.GetProperty("summary").GetString());
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("200", out _));
    }
}
