using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using Panorama.Web.Demo;
using Panorama.Web.Tests.Planning;

namespace Panorama.Web.Tests.CommandLine;

/// <summary><c>panorama demo</c>: simulated sites connected, boxes seeded, everything imported, then live over real HTTP.</summary>
public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_ShouldConnectEverySite_SeedAPortfolio_ImportIt_AndFollowJiraLive()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        Assert.True(DemoCommand.TryListenUrl("http://127.0.0.1:0", out var url, out _));
        var token = $"demo-test-{Guid.NewGuid():N}";
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var ready = new TaskCompletionSource<DemoReady>(TaskCreationOptions.RunContinuationsAsynchronously);
        var demo = DemoCommand.RunAsync(
            new DemoOptions(2, 40, url, new DatabaseTarget(DatabaseProvider.Sqlite, database.ConnectionString), [$"--Admin:ApiToken={token}"]),
            TextWriter.Synchronized(output), TextWriter.Synchronized(error), stop.Token, r =>
            {
                ready.SetResult(r);
                return Task.CompletedTask;
            });
        var running = await Task.WhenAny(ready.Task, demo) == ready.Task ? await ready.Task : null;
        Assert.True(running is not null, $"The demo stopped before it was ready: {error}");

        using var api = new HttpClient { BaseAddress = new Uri(url) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var connections = (await api.GetFromJsonAsync<JsonArray>("/api/connections", ct))!;
        var boxes = (await api.GetFromJsonAsync<JsonNode>("/api/boxes", ct))!;
        var portfolio = running.Seeded.Portfolio;
        var expected = running.Jira.Sites.SelectMany(s => s.State.Issues()).Select(i => i.Key).ToHashSet();

        Assert.Contains($"Panorama demo is ready: {url}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"sign in:   {running.Admin.Email} / {running.Admin.Password}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, connections.Count);
        Assert.All(connections, c => Assert.Equal("valid", c!["status"]!.GetValue<string>()));
        Assert.Equal("primary", connections[0]!["role"]!.GetValue<string>());
        Assert.Contains(portfolio.Name, boxes.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Portfolio", portfolio.Type);
        Assert.Equal(expected, await TaskKeysAsync(api, portfolio.Id, ct));

        using (var gantt = JsonDocument.Parse(await api.GetStringAsync($"/api/boxes/{portfolio.Id}/gantt", ct)))
        {
            // Every site's tasks are on the schedule: the secondary's fields were mapped too.
            var dated = gantt.RootElement.GetProperty("tasks").EnumerateArray()
                .Where(t => t.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.String)
                .Select(t => t.GetProperty("site").GetString()).ToHashSet();
            Assert.Equal(["alpha", "beta"], dated.Order());
        }

        var edited = running.Jira.Sites[1].State.Issues()[0].Key;
        await running.Jira.Sites[1].EditAsync(edited, new JsonObject { ["summary"] = "Edited in the demo's Jira" }, ct);
        await LiveSites.UntilAsync(async () => (await WbsAsync(api, portfolio.Id, ct)).Contains("Edited in the demo's Jira", StringComparison.Ordinal),
            TimeSpan.FromSeconds(20), "the webhook to bring the edit into the portfolio", ct);

        await stop.CancelAsync();
        Assert.Equal(0, await demo);
    }

    private static Task<string> WbsAsync(HttpClient api, Guid box, CancellationToken ct) => api.GetStringAsync($"/api/boxes/{box}/wbs?limit=1000", ct);

    private static async Task<HashSet<string>> TaskKeysAsync(HttpClient api, Guid box, CancellationToken ct)
    {
        using var wbs = JsonDocument.Parse(await WbsAsync(api, box, ct));
        return wbs.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("task").ValueKind == JsonValueKind.Object)
            .Select(r => r.GetProperty("task").GetProperty("key").GetString()!)
            .ToHashSet();
    }
}
