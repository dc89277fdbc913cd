using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Panorama.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Panorama.E2E.Demo;

/// <summary>
/// The product as a user first meets it: <c>panorama demo</c> with two simulated sites. Sign in, open a secondary
/// site's project box, see its tasks beside the primary's in the portfolio, watch a Jira edit arrive without reload,
/// and drag a bar until the simulated site holds the new date.
/// </summary>
public sealed class PlanningInTheDemoTests(BrowserFixture browser, DemoProcess demo) : IClassFixture<DemoProcess>, IAsyncLifetime
{
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(15);
    private IBrowserContext _context = default!;
    private IPage _page = default!;

    public async ValueTask InitializeAsync()
    {
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = demo.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        _context.SetDefaultTimeout(20_000);
        _page = await _context.NewPageAsync();
        await _page.GotoAsync("/signin");
        await _page.GetByLabel("E-mail").FillAsync(DemoProcess.AdminEmail);
        await _page.GetByLabel("Password").FillAsync(DemoProcess.AdminPassword);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await _page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Jira_edit_shows_live_and_a_dragged_bar_reaches_the_secondary_site()
    {
        // The portfolio opens on the primary's program, its tasks with their site badge (the secondary's come lower).
        await OpenAsync($"/boxes/{demo.PortfolioId}");
        await Expect(_page.Locator(".g-row", new() { HasText = "Alpha program" })).ToBeVisibleAsync();
        await Expect(_page.Locator(".g-site", new() { HasText = "alpha" }).First).ToBeVisibleAsync();

        // A project box of the secondary site, and a leaf task with dates among its first rows.
        var boxes = await GetJsonAsync("/api/boxes");
        var all = boxes.RootElement.GetProperty("boxes").EnumerateArray()
            .Select(b => (Id: b.GetProperty("id").GetGuid(), Name: b.GetProperty("name").GetString()!,
                Parent: b.GetProperty("parentId").ValueKind == JsonValueKind.String ? b.GetProperty("parentId").GetGuid() : (Guid?)null))
            .ToList();
        var betaProgram = all.Single(b => b.Name == "Beta program").Id;
        var project = all.First(b => b.Parent == betaProgram);
        var (key, summary) = await FirstLeafWithDatesAsync(project.Id);

        await OpenAsync($"/boxes/{project.Id}");
        var row = _page.Locator(".g-row", new() { HasText = summary });
        await Expect(row.Locator(".g-site")).ToHaveTextAsync("beta");

        // Edited in Jira: the open page shows it without reload.
        await SimAsync(HttpMethod.Put, $"/_sim/issues/{key}", new JsonObject { ["fields"] = new JsonObject { ["summary"] = "Renamed in Jira" } });
        row = _page.Locator(".g-row", new() { HasText = "Renamed in Jira" });
        await Expect(row).ToBeVisibleAsync(new() { Timeout = (float)Live.TotalMilliseconds });

        // Dragged in Panorama: the secondary site gets the new due date.
        var due = await DueDateAsync(key);
        var bar = row.Locator(".g-bar");
        await bar.EvaluateAsync("bar => bar.closest('.g-scroller').scrollLeft = Math.max(0, bar.offsetLeft - 60)");
        if (Environment.GetEnvironmentVariable("PANORAMA_README_SCREENSHOT") is { Length: > 0 } picture)
        {
            await _page.ScreenshotAsync(new() { Path = picture });
        }

        var at = (await bar.BoundingBoxAsync())!;
        await _page.Mouse.MoveAsync(at.X + (at.Width / 2), at.Y + (at.Height / 2));
        await _page.Mouse.DownAsync();
        await _page.Mouse.MoveAsync(at.X + (at.Width / 2) + 20, at.Y + (at.Height / 2), new() { Steps = 3 });
        await _page.Mouse.MoveAsync(at.X + (at.Width / 2) + (7 * 14), at.Y + (at.Height / 2), new() { Steps = 3 });
        await _page.Mouse.UpAsync();
        var apply = _page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Apply|Confirm)") });
        var moved = _page.GetByTestId("box-status").Filter(new() { HasText = "Moved" });
        await Expect(apply.Or(moved).First).ToBeVisibleAsync();
        if (await apply.IsVisibleAsync())
        {
            await apply.First.ClickAsync();
        }

        await Expect(moved).ToBeVisibleAsync();
        var deadline = DateTime.UtcNow + Live;
        while (await DueDateAsync(key) == due)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{key}'s due date on the simulated site is still {due}.\n{demo.Output}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    private async Task OpenAsync(string path)
    {
        await _page.GotoAsync(path);
        await _page.Locator("main[data-interactive=true]").WaitForAsync();
    }

    private async Task<JsonDocument> GetJsonAsync(string path)
    {
        var response = await _context.APIRequest.GetAsync(path);
        Assert.True(response.Ok, $"GET {path}: {response.Status} {await response.TextAsync()}");
        return JsonDocument.Parse(await response.TextAsync());
    }

    private async Task<(string Key, string Summary)> FirstLeafWithDatesAsync(Guid box)
    {
        using var wbs = await GetJsonAsync($"/api/boxes/{box}/wbs?limit=12");
        using var gantt = await GetJsonAsync($"/api/boxes/{box}/gantt");
        var dated = gantt.RootElement.GetProperty("tasks").EnumerateArray()
            .Where(t => t.TryGetProperty("start", out _) && t.TryGetProperty("end", out _) && !t.TryGetProperty("done", out _))
            .Select(t => t.GetProperty("key").GetString()!).ToHashSet();
        var row = wbs.RootElement.GetProperty("rows").EnumerateArray().First(r =>
            r.GetProperty("task").ValueKind == JsonValueKind.Object && r.GetProperty("childCount").GetInt32() == 0 &&
            dated.Contains(r.GetProperty("task").GetProperty("key").GetString()!));
        return (row.GetProperty("task").GetProperty("key").GetString()!, row.GetProperty("label").GetString()!);
    }

    private async Task<string?> DueDateAsync(string key)
    {
        using var http = new HttpClient { BaseAddress = demo.Sites["beta"] };
        using var state = JsonDocument.Parse(await http.GetStringAsync("/_sim/state", TestContext.Current.CancellationToken));
        var issue = state.RootElement.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);
        return issue.GetProperty("fields").TryGetProperty("duedate", out var due) && due.ValueKind == JsonValueKind.String ? due.GetString() : null;
    }

    private async Task SimAsync(HttpMethod method, string path, JsonObject body)
    {
        using var http = new HttpClient { BaseAddress = demo.Sites["beta"] };
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await _page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder(), "demo-failure.png") });
        }

        await _context.DisposeAsync();
    }
}
