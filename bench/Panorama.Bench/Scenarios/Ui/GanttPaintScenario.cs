using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Panorama.Bench.Scenarios.Ui;

/// <summary>
/// The browser side of the box-size target (SPEC 5): the Gantt demo's 100,000 rows in headless Chromium against the
/// real server. First contentful paint and first rows visible per page load (target: rows within 2 s), then the
/// longest task while scrolling screen by screen and jumping far (target: no long task over 100 ms).
/// </summary>
public sealed class GanttPaintScenario : IBenchScenario
{
    private const int Loads = 6;
    private const int ScrollFrames = 400;
    private const int Jumps = 40;

    public string Name => "ui-gantt";

    public string Description => "Gantt demo, 100,000 rows in Chromium: first rows visible (<= 2 s) and longest task while scrolling (<= 100 ms)";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        await using var server = await UiBenchServer.StartAsync(cancellationToken);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchChromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        await context.AddInitScriptAsync(GanttProbe.InitScript);
        var page = await context.NewPageAsync();
        await SignInAsync(page, UiBenchServer.AdminEmail, UiBenchServer.AdminPassword);

        var loads = new List<LoadTiming>();
        for (var i = 0; i < Loads; i++)
        {
            loads.Add(await LoadAsync(page, "/dev/gantt"));
        }

        var scroll = await ScrollAsync(page, 100_000);
        Print(report, Name, "Gantt demo", loads, scroll);
    }

    internal static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    internal static async Task<LoadTiming> LoadAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator(".g-row[data-index] .g-bar").First.WaitForAsync(new() { Timeout = 60_000 });
        var probe = await page.EvaluateAsync<JsonElement>("""
            () => ({
              fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
              rows: window.__probe.firstRows,
              longest: Math.max(0, ...window.__probe.longTasks.map(t => t.duration)),
            })
            """);
        return new LoadTiming(probe.GetProperty("fcp").GetDouble(), probe.GetProperty("rows").GetDouble(), probe.GetProperty("longest").GetDouble());
    }

    internal static async Task<ScrollTiming> ScrollAsync(IPage page, int rows)
    {
        await page.EvaluateAsync("() => window.__probe.longTasks = []");
        await page.EvaluateAsync(GanttProbe.ScrollScreens, ScrollFrames);
        await page.WaitForTimeoutAsync(500);
        var random = new Random(7);
        var jumps = new List<double>();
        for (var i = 0; i < Jumps; i++)
        {
            jumps.Add(await page.EvaluateAsync<double>(GanttProbe.JumpTo, random.Next(0, rows - 100)));
        }

        var longTasks = await page.EvaluateAsync<double[]>("() => window.__probe.longTasks.map(t => t.duration)");
        return new ScrollTiming(longTasks, jumps);
    }

    internal static void Print(BenchReport report, string name, string what, List<LoadTiming> loads, ScrollTiming scroll)
    {
        static string Ms(double value) => value.ToString("0", CultureInfo.InvariantCulture);
        var warm = loads.Skip(1).ToList();
        report.Table(
            $"{what} page loads (ms since navigation start; load 1 is cold: server JIT and the 100,000 rows loaded)",
            ["load", "first contentful paint", "first rows visible", "longest task"],
            loads.Select((l, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), Ms(l.FirstContentfulPaint), Ms(l.FirstRows), Ms(l.LongestTask)]));
        var failedJumps = scroll.Jumps.Count(j => j < 0);
        var jumps = scroll.Jumps.Where(j => j >= 0).ToList();
        report.Table(
            $"Scrolling: {ScrollFrames} screens one per frame, then {Jumps} jumps to random rows",
            ["long tasks", "longest task", "jump p50", "jump p95", "jump max", "jumps timed out"],
            [[scroll.LongTasks.Length.ToString(CultureInfo.InvariantCulture), Ms(scroll.LongTasks.DefaultIfEmpty(0).Max()),
              Ms(BenchReport.Percentile(jumps, 50)), Ms(BenchReport.Percentile(jumps, 95)), Ms(jumps.DefaultIfEmpty(0).Max()),
              failedJumps.ToString(CultureInfo.InvariantCulture)]]);
        var rowsWarm = BenchReport.Percentile([.. warm.Select(l => l.FirstRows)], 50);
        var longest = scroll.LongTasks.DefaultIfEmpty(0).Max();
        report.Summary(name,
            $"first rows visible cold {Ms(loads[0].FirstRows)} ms, warm p50 {Ms(rowsWarm)} ms (target <= 2000: {(Math.Max(rowsWarm, loads[0].FirstRows) <= 2000 ? "met" : "MISSED")}); " +
            $"longest task while scrolling {Ms(longest)} ms (target <= 100: {(longest <= 100 ? "met" : "MISSED")})");
    }

    internal sealed record LoadTiming(double FirstContentfulPaint, double FirstRows, double LongestTask);

    internal sealed record ScrollTiming(double[] LongTasks, List<double> Jumps);
}
