using Microsoft.Playwright;
using Panorama.Core.WriteBack;
using Panorama.E2E.Infrastructure;
using Panorama.Testing.Tasks;
using static Microsoft.Playwright.Assertions;

namespace Panorama.E2E.Boxes;

/// <summary>The boxes pages on a store of three seeded sites (alpha primary, beta secondary), one app for the class.</summary>
public sealed class BoxPagesTests(BrowserFixture browser, BoxesE2EApp app) : BrowserTest(browser, app), IClassFixture<BoxesE2EApp>
{
    private ILocator Gantt(string boxName) => Page.GetByRole(AriaRole.Treegrid, new() { Name = boxName });

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SignInAsAdministratorAsync();
    }

    [Fact]
    public async Task The_box_tree_shows_the_hierarchy_and_creates_a_box_inside_another()
    {
        await app.CreateTwoSiteBoxAsync("Tree portfolio");
        await GotoInteractiveAsync(Page, "/boxes");
        await Expect(Page.Locator("tr[data-box='Tree portfolio']")).ToBeVisibleAsync();

        await Page.GetByLabel("Name").FillAsync("Tree project");
        await Page.GetByLabel("Type").SelectOptionAsync("Project");
        await Page.GetByLabel("Inside").SelectOptionAsync(new SelectOptionValue { Label = "Tree portfolio" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create box" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Created project 'Tree project'");
        var row = Page.Locator("tr[data-box='Tree project']");
        await Expect(row).ToContainTextAsync("Project");
        var indent = await row.Locator("td").First.EvaluateAsync<string>("td => getComputedStyle(td).paddingLeft");
        Assert.NotEqual("9.6px", indent); // 0.6rem: a top-level row; the sub-box is indented below its parent
    }

    [Fact]
    public async Task The_box_Gantt_shows_the_tasks_of_two_sites_with_their_site_badges()
    {
        var box = await app.CreateTwoSiteBoxAsync("Badges");
        await GotoInteractiveAsync(Page, $"/boxes/{box}");

        var grid = Gantt("Badges");
        await Expect(Row(grid, "Design the login").Locator(".g-site")).ToHaveTextAsync("alpha");
        await Expect(Row(grid, "Provision the cluster").Locator(".g-site")).ToHaveTextAsync("beta");
        await Expect(Row(grid, "Provision the cluster").Locator(".g-bar")).ToHaveAttributeAsync("data-start", "2026-01-05");
        var cells = Row(grid, "Provision the cluster").GetByRole(AriaRole.Gridcell);
        await Expect(cells.Nth(2)).ToHaveTextAsync("BET-1"); // the view's key column, under its header
        await Expect(grid.GetByRole(AriaRole.Columnheader).Nth(2)).ToHaveTextAsync("key");

        await Page.GetByRole(AriaRole.Button, new() { Name = "All columns" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Fewer columns" })).ToBeVisibleAsync();
        Assert.True(await grid.GetByRole(AriaRole.Columnheader).CountAsync() > 7, "every column of the view is shown");
    }

    [Fact]
    public async Task A_change_written_into_the_task_store_shows_on_the_open_page_without_reload()
    {
        var box = await app.CreateTwoSiteBoxAsync("Live");
        await GotoInteractiveAsync(Page, $"/boxes/{box}");
        var grid = Gantt("Live");
        await Expect(Row(grid, "Write the runbook")).ToBeVisibleAsync();

        await app.Seeder.UpdateTaskAsync(ThreeSites.Alpha.Id, ThreeSites.Ops4, t => t.Summary = "Write the runbook, second edition",
            TestContext.Current.CancellationToken);

        await Expect(Row(grid, "Write the runbook, second edition")).ToBeVisibleAsync(new() { Timeout = 5_000 });
    }

    [Fact]
    public async Task Dragging_a_bar_writes_the_new_dates_back_to_its_site()
    {
        var box = await app.CreateTwoSiteBoxAsync("Drag");
        await GotoInteractiveAsync(Page, $"/boxes/{box}");
        var bar = Row(Gantt("Drag"), "Open to customers").Locator(".g-bar");
        await Expect(bar).ToHaveAttributeAsync("data-start", "2026-01-19");
        await Expect(Gantt("Drag")).ToHaveAttributeAsync("data-keys", "ready");
        await bar.EvaluateAsync("bar => bar.closest('.g-scroller').scrollLeft = Math.max(0, bar.offsetLeft - 60)");

        var at = (await bar.BoundingBoxAsync())!;
        await Page.Mouse.MoveAsync(at.X + (at.Width / 2), at.Y + (at.Height / 2));
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(at.X + (at.Width / 2) + 20, at.Y + (at.Height / 2), new() { Steps = 3 });
        await Page.Mouse.MoveAsync(at.X + (at.Width / 2) + (2 * 14), at.Y + (at.Height / 2), new() { Steps = 3 });
        await Page.Mouse.UpAsync();

        await Expect(Page.GetByTestId("box-status")).ToContainTextAsync("Moved 1 task(s)");
        var edit = app.WriteBack.Operations.OfType<EditTaskFields>().Single(e => e.Task.IssueId == ThreeSites.Bet3);
        Assert.Equal(ThreeSites.Beta.Id, edit.ConnectionId);
        Assert.Contains(edit.Edits, e => e.Value == "2026-01-21");
        await Expect(Row(Gantt("Drag"), "Open to customers").Locator("[data-write-state]")).ToHaveAttributeAsync("data-write-state", "Pending");
    }

    [Fact]
    public async Task The_board_grouped_by_status_keeps_each_sites_statuses_apart()
    {
        var box = await app.CreateTwoSiteBoxAsync("Board");
        await GotoInteractiveAsync(Page, $"/boxes/{box}/board");

        await Expect(Page.Locator("[data-group='In Progress (alpha)'] [data-card='OPS-2']")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-group='In Progress (beta)'] [data-card='BET-1']")).ToBeVisibleAsync();

        await Page.GetByLabel("Group by").SelectOptionAsync("statusCategory");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(Page.Locator("[data-group='In Progress'] [data-card='BET-1']")).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-group='In Progress'] [data-card='OPS-2']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_report_shows_the_tasks_and_downloads_as_CSV()
    {
        var box = await app.CreateTwoSiteBoxAsync("Report");
        await GotoInteractiveAsync(Page, $"/boxes/{box}/report");
        await Expect(Page.GetByRole(AriaRole.Table, new() { Name = "Task report" })).ToContainTextAsync("BET-2");

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Contains("OPS-2", csv, StringComparison.Ordinal);
        Assert.Contains("BET-3", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_add_task_dialog_creates_the_task_in_the_primary_site()
    {
        var box = await app.CreateTwoSiteBoxAsync("Adding");
        await GotoInteractiveAsync(Page, $"/boxes/{box}");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add task" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByTestId("primary-note")).ToContainTextAsync("primary site, alpha");
        await dialog.GetByLabel("Summary").FillAsync("Write the release notes");
        await dialog.GetByLabel("Start").FillAsync("2026-02-02");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create in primary" }).ClickAsync();

        await Expect(Page.GetByTestId("box-status")).ToContainTextAsync("Creating 'Write the release notes' in alpha");
        var created = app.WriteBack.Operations.OfType<CreateIssue>().Single(c => c.Summary == "Write the release notes");
        Assert.Equal(ThreeSites.Alpha.Id, created.ConnectionId);
        Assert.Equal("OPS", created.ProjectKey);
        Assert.Equal(box, created.BoxId);
    }

    [Fact]
    public async Task Box_settings_add_a_scope_integration_and_a_member_and_show_refusals()
    {
        var box = await app.CreateBoxAsync("Settings");
        await app.CreateUserAsync("member@example.test", cancellationToken: Cancellation);
        await GotoInteractiveAsync(Page, $"/boxes/{box}/settings");
        await Expect(Page.GetByText("No integrations yet")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Add integration" }).ClickAsync();
        var form = Page.GetByRole(AriaRole.Form, new() { Name = "Add integration" });
        await Expect(form.GetByLabel("Integration type")).ToHaveValueAsync("jiraCloud");
        await form.GetByLabel("Connection").SelectOptionAsync("beta");
        await form.GetByLabel("Projects").FillAsync("BET");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();

        await Expect(Page.Locator("tr[data-integration='beta']")).ToContainTextAsync("BET");
        await Expect(Page.Locator("h1")).ToContainTextAsync("3 tasks");

        var members = Page.GetByRole(AriaRole.Form, new() { Name = "Add or change a member" });
        await members.GetByLabel("E-mail").FillAsync("nobody@example.test");
        await members.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("No user has the e-mail 'nobody@example.test'");

        await members.GetByLabel("E-mail").FillAsync("member@example.test");
        await members.GetByLabel("Role").SelectOptionAsync("editor");
        await members.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await Expect(Page.Locator("tr[data-member='member@example.test']")).ToContainTextAsync("editor");
    }

    private static ILocator Row(ILocator grid, string label) => grid.Locator(".g-row", new() { HasText = label });
}
