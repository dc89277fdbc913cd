using Microsoft.Playwright;
using Panorama.Bench.Scenarios.BoxApi;
using Panorama.Data.Database;
using Panorama.Testing.Databases;

namespace Panorama.Bench.Scenarios.Ui;

/// <summary>
/// The browser target of SPEC 5 on a real box: the box-api scenario's 100,000 tasks from 3 sites in a SQLite store,
/// <c>panorama serve</c> in its own process, a portfolio box over all of them, and its Gantt page (<c>/boxes/{id}</c>)
/// in headless Chromium at 1366x768: first rows visible per load (target 2 s) and the longest task while scrolling
/// and jumping (target 100 ms), measured with the browser's performance API as <c>ui-gantt</c> does.
/// </summary>
public sealed class BoxGanttPaintScenario : IBenchScenario
{
    private const int Loads = 4;

    public string Name => "ui-box-gantt";

    public string Description => "A 100,000-task box's Gantt page in Chromium: first rows visible (<= 2 s), longest task while scrolling (<= 100 ms)";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, cancellationToken);
        await database.MigrateAsync(cancellationToken);
        var seeding = new List<IReadOnlyList<string>>();
        await BoxApiScenario.SeedAsync(database, seeding, cancellationToken);
        await using var server = await BoxApiServer.StartAsync(new DatabaseTarget(database.Provider, database.ConnectionString), cancellationToken);
        var box = await BoxApiScenario.CreateBoxAsync(server.Client, cancellationToken);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchChromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Client.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        await context.AddInitScriptAsync(GanttProbe.InitScript);
        var page = await context.NewPageAsync();
        await GanttPaintScenario.SignInAsync(page, BoxApiServer.AdminEmail, server.AdminPassword);

        var loads = new List<GanttPaintScenario.LoadTiming>();
        for (var i = 0; i < Loads; i++)
        {
            loads.Add(await GanttPaintScenario.LoadAsync(page, $"/boxes/{box}"));
        }

        var rows = await page.EvaluateAsync<int>("() => document.querySelector('.g-scroller').scrollHeight / 28");
        var scroll = await GanttPaintScenario.ScrollAsync(page, Math.Min(rows, BoxApiScenario.TaskCount));
        GanttPaintScenario.Print(report, Name, $"Box Gantt ({BoxApiScenario.TaskCount:N0} tasks from 3 sites, {rows:N0} rows)", loads, scroll);
    }
}
