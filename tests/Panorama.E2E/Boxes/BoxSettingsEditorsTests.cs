using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Panorama.Data;
using Panorama.E2E.Infrastructure;
using Panorama.Testing.Tasks;
using static Microsoft.Playwright.Assertions;

namespace Panorama.E2E.Boxes;

/// <summary>The box settings editors (name and period, structure, views, scope integrations) and what the Gantt makes of them.</summary>
public sealed class BoxSettingsEditorsTests(BrowserFixture browser, BoxesE2EApp app) : BrowserTest(browser, app), IClassFixture<BoxesE2EApp>
{
    private ILocator Gantt(string boxName) => Page.GetByRole(AriaRole.Treegrid, new() { Name = boxName });

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SignInAsAdministratorAsync();
    }

    [Fact]
    public async Task An_admin_renames_a_box_and_sets_its_period()
    {
        var box = await app.CreateTwoSiteBoxAsync("Before rename");
        await GotoInteractiveAsync(Page, $"/boxes/{box}/settings");

        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Name and period" });
        await form.GetByLabel("Box name").FillAsync("");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save name and period" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync(); // the API's refusal of an empty name, inline

        await form.GetByLabel("Box name").FillAsync("After rename");
        await form.GetByLabel("Period start").FillAsync("2026-01-01");
        await form.GetByLabel("Period end").FillAsync("2026-03-31");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save name and period" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved:" })).ToContainTextAsync("'After rename', 2026-01-01 to 2026-03-31");
        await Expect(Page.Locator("h1")).ToContainTextAsync("After rename");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_structure_is_previewed_then_saved_and_the_Gantt_rows_follow_it()
    {
        var box = await app.CreateTwoSiteBoxAsync("Restructured");
        await GotoInteractiveAsync(Page, $"/boxes/{box}/settings");
        var builders = Page.GetByRole(AriaRole.Table, new() { Name = "Structure builders" });
        await Expect(builders.Locator("tr[data-builder]")).ToHaveCountAsync(2); // the default: Project, then Jira hierarchy

        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove builder 1" }).ClickAsync();
        await Page.GetByLabel("Kind of builder 1").SelectOptionAsync("linkHierarchy");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("needs a connection"); // the API's message, inline

        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove builder 1" }).ClickAsync();
        await Page.GetByLabel("New builder").SelectOptionAsync("jiraHierarchy");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add builder" }).ClickAsync();
        await Page.GetByLabel("New builder").SelectOptionAsync("groupBy");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add builder" }).ClickAsync();
        await Page.GetByLabel("Fields of builder 2").FillAsync("statusCategory");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Move builder 2 up" }).ClickAsync();
        await Expect(Page.GetByLabel("Fields of builder 1")).ToHaveValueAsync("statusCategory");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = Page.GetByRole(AriaRole.Table, new() { Name = "Structure preview" });
        await Expect(preview.Locator("tr[data-preview-row='In Progress']")).ToContainTextAsync("group");
        await Expect(preview.Locator("tr[data-preview-row='Done']")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save structure" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Structure saved" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("This box's own structure.")).ToBeVisibleAsync();

        await GotoInteractiveAsync(Page, $"/boxes/{box}");
        var grid = Gantt("Restructured");
        await Expect(grid.Locator(".g-row.group", new() { HasText = "In Progress" })).ToBeVisibleAsync();
        await Expect(grid.Locator(".g-row.group", new() { HasText = "Done" })).ToBeVisibleAsync();
        await Expect(grid.Locator(".g-row.group", new() { HasText = "To Do" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_native_column_of_a_secondary_site_added_to_the_column_view_heads_a_Gantt_column()
    {
        var box = await app.CreateTwoSiteBoxAsync("Team column");
        await GotoInteractiveAsync(Page, $"/boxes/{box}/settings");

        var native = Page.GetByRole(AriaRole.Form, new() { Name = "Add a native field to the column view" });
        await native.GetByLabel("Site").SelectOptionAsync("beta");
        await native.GetByLabel("Native field id").FillAsync("customfield_10104");
        await native.GetByRole(AriaRole.Button, new() { Name = "Add native field" }).ClickAsync();
        var added = Page.Locator("tr[data-view-column='beta:customfield_10104']");
        await Expect(added).ToBeVisibleAsync();
        // To the front of the view, so the compact grid shows it without "All columns".
        // One click at a time, each awaited in the page: the button is disabled once the column reaches the top.
        var moveUp = Page.GetByRole(AriaRole.Button, new() { Name = "Move beta:customfield_10104 up" });
        var rows = Page.Locator("tr[data-view-column]");
        for (var at = await rows.EvaluateAllAsync<int>("rows => rows.findIndex(r => r.dataset.viewColumn === 'beta:customfield_10104')"); at > 0; at--)
        {
            await moveUp.ClickAsync();
            await Expect(rows.Nth(at - 1)).ToHaveAttributeAsync("data-view-column", "beta:customfield_10104");
        }

        await Page.GetByLabel("Aggregation of beta:customfield_10104").SelectOptionAsync("count");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save column views" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Column views saved" })).ToBeVisibleAsync();
        await Expect(Page.Locator("tr[data-view-column]").First).ToHaveAttributeAsync("data-view-column", "beta:customfield_10104");

        await GotoInteractiveAsync(Page, $"/boxes/{box}");
        var grid = Gantt("Team column");
        await Expect(grid.GetByRole(AriaRole.Columnheader, new() { Name = "beta:customfield_10104" })).ToBeVisibleAsync();
        var cell = grid.Locator(".g-row", new() { HasText = "Provision the cluster" }).GetByRole(AriaRole.Gridcell).Nth(2);
        await Expect(cell).ToHaveTextAsync("Red");
    }

    [Fact]
    public async Task Narrowing_an_integration_leaves_only_the_tasks_Jira_matches_in_the_Gantt()
    {
        var box = await app.CreateTwoSiteBoxAsync("Narrowed");
        await GotoInteractiveAsync(Page, $"/boxes/{box}");
        var grid = Gantt("Narrowed");
        await Expect(grid.Locator(".g-row", new() { HasText = "Install the gateway" })).ToBeVisibleAsync();

        // What Jira answers for the narrowed JQL (the sync engine would record it): BET-1 and BET-3 have team Red.
        await app.Seeder.AddMembershipsAsync(await IntegrationIdAsync(box, ThreeSites.Beta.Id), ThreeSites.Beta.Id,
            [ThreeSites.Bet1, ThreeSites.Bet3], Cancellation);
        await GotoInteractiveAsync(Page, $"/boxes/{box}/settings");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Edit the integration of beta" }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Edit the integration of beta" });
        await Expect(form.GetByLabel("Projects")).ToHaveValueAsync("BET");
        await form.GetByLabel("Narrowing JQL").FillAsync("cf[10104] = Red");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save integration" }).ClickAsync();

        await Expect(Page.Locator("tr[data-integration='beta']")).ToContainTextAsync("cf[10104] = Red");
        await Expect(Page.Locator("h1")).ToContainTextAsync("7 tasks"); // 5 of alpha, 2 of beta

        await GotoInteractiveAsync(Page, $"/boxes/{box}");
        await Expect(grid.Locator(".g-row", new() { HasText = "Provision the cluster" })).ToBeVisibleAsync();
        await Expect(grid.Locator(".g-row", new() { HasText = "Open to customers" })).ToBeVisibleAsync();
        await Expect(grid.Locator(".g-row", new() { HasText = "Install the gateway" })).ToHaveCountAsync(0);
    }

    private async Task<Guid> IntegrationIdAsync(Guid box, Guid connectionId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(Cancellation);
        return await db.ScopeIntegrations.Where(i => i.BoxId == box && i.ConnectionId == connectionId).Select(i => i.Id).SingleAsync(Cancellation);
    }
}
