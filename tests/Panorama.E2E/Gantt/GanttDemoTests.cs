using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Panorama.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Panorama.E2E.Gantt;

/// <summary>The Gantt component on the demo page's 100,000 synthetic rows (/dev/gantt).</summary>
public sealed partial class GanttDemoTests(BrowserFixture browser, E2EApp app) : BrowserTest(browser, app), IClassFixture<E2EApp>
{
    private const int RowHeight = 28;

    private ILocator Grid => Page.GetByRole(AriaRole.Treegrid, new() { Name = "Demo box" });

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, "/dev/gantt");
        await Expect(Grid.Locator(".g-row[data-index='0']")).ToBeVisibleAsync();
        // The circuit can be interactive before the Gantt's script is attached and knows its rows: keys and drags then go nowhere.
        await Expect(Grid).ToHaveAttributeAsync("data-keys", "ready");
    }

    [Fact]
    public async Task It_renders_the_first_rows_with_bars_and_fetches_only_what_is_on_screen()
    {
        await Expect(Grid).ToHaveAttributeAsync("aria-rowcount", "100001");
        await Expect(Page.Locator(".g-count")).ToHaveTextAsync("100,000 rows");
        var rendered = await Grid.Locator(".g-row[data-index]").CountAsync();
        Assert.InRange(rendered, 15, 80);
        Assert.True(await Grid.Locator(".g-bar.task").CountAsync() > 10, "task bars are drawn");
        Assert.True(await Grid.Locator(".g-bar.summary").CountAsync() > 0, "summary bars are drawn");
        Assert.True(await Grid.Locator(".g-links path.g-link").CountAsync() > 5, "dependency arrows are drawn among visible rows");
        await Expect(Grid.Locator(".g-today")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Scrolling_far_down_shows_the_rows_there()
    {
        await Grid.EvaluateAsync($"el => el.scrollTop = {50_000 * RowHeight}");

        await Expect(Grid.Locator(".g-row[data-index='50005']")).ToBeAttachedAsync();
        Assert.InRange(await Grid.Locator(".g-row[data-index]").CountAsync(), 15, 80);
        await Expect(Grid.Locator(".g-row[data-index='0']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Zooming_out_shrinks_the_bars_and_changes_the_scale()
    {
        var bar = Grid.Locator(".g-row[data-index='2'] .g-bar");
        var weekWidth = (await bar.BoundingBoxAsync())!.Width;

        await Page.GetByRole(AriaRole.Button, new() { Name = "Month" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Month" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Grid.Locator(".g-scale-tier").Last.Locator(".g-tick").First).ToHaveTextAsync("Jan");
        var monthWidth = (await bar.BoundingBoxAsync())!.Width;
        Assert.True(monthWidth < weekWidth, $"the bar shrinks from {weekWidth} px to {monthWidth} px");
    }

    [Fact]
    public async Task Dragging_a_bar_raises_OnMove_with_the_new_dates_and_shows_the_write_as_pending_then_done()
    {
        var bar = Grid.Locator(".g-row[data-index='2'] .g-bar");
        var (start, end) = await DatesAsync(bar);
        await BringIntoViewAsync(bar);

        var box = (await bar.BoundingBoxAsync())!;
        await Page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(box.X + (box.Width / 2) + 20, box.Y + (box.Height / 2), new() { Steps = 3 });
        await Page.Mouse.MoveAsync(box.X + (box.Width / 2) + (3 * 14), box.Y + (box.Height / 2), new() { Steps = 3 });
        await Page.Mouse.UpAsync();

        var moved = $"OnMove T2 {Write(start.AddDays(3))} {Write(end.AddDays(3))}";
        await Expect(Page.GetByTestId("gantt-last-event")).ToHaveTextAsync(moved);
        await Expect(bar).ToHaveAttributeAsync("data-start", Write(start.AddDays(3)));
        await Expect(Grid.Locator(".g-row[data-index='2'] [data-write-state]")).ToHaveAttributeAsync("data-write-state", "Done");
    }

    [Fact]
    public async Task Dragging_the_end_of_a_bar_raises_OnResize()
    {
        var bar = Grid.Locator(".g-row[data-index='3'] .g-bar");
        var (start, end) = await DatesAsync(bar);
        await BringIntoViewAsync(bar);

        var box = (await Grid.Locator(".g-row[data-index='3'] .g-resize").BoundingBoxAsync())!;
        await Page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await Page.Mouse.DownAsync();
        await Page.Mouse.MoveAsync(box.X + (box.Width / 2) + (2 * 14), box.Y + (box.Height / 2), new() { Steps = 4 });
        await Page.Mouse.UpAsync();

        await Expect(Page.GetByTestId("gantt-last-event")).ToHaveTextAsync($"OnResize T3 {Write(start)} {Write(end.AddDays(2))}");
        await Expect(Grid.Locator(".g-row[data-index='3'] [data-write-state]")).ToHaveAttributeAsync("data-write-state", "Done");
        var days = end.DayNumber - start.DayNumber + 3;
        Assert.Equal(days * 14, (await bar.BoundingBoxAsync())!.Width, 1.0);
    }

    [Fact]
    public async Task Drawing_from_a_bars_finish_to_another_bars_start_raises_OnLinkDrawn_FS()
    {
        var from = Grid.Locator(".g-row[data-index='4'] .g-bar");
        var to = Grid.Locator(".g-row[data-index='6'] .g-bar");
        await BringIntoViewAsync(from);

        await from.HoverAsync();
        var handle = (await Grid.Locator(".g-row[data-index='4'] .g-link-handle.finish").BoundingBoxAsync())!;
        await Page.Mouse.MoveAsync(handle.X + (handle.Width / 2), handle.Y + (handle.Height / 2));
        await Page.Mouse.DownAsync();
        var target = (await to.BoundingBoxAsync())!;
        await Page.Mouse.MoveAsync(target.X + 2, target.Y + (target.Height / 2), new() { Steps = 5 });
        await Page.Mouse.UpAsync();

        await Expect(Page.GetByTestId("gantt-last-event")).ToHaveTextAsync("OnLinkDrawn T4 T6 FS");
        await Expect(Grid.Locator(".g-links path[data-link='T4>T6:FS']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_keyboard_moves_between_rows_and_moves_the_active_task()
    {
        await Grid.FocusAsync();

        // Each key waits for the row it selects: on a loaded machine the server may still be rendering the previous one.
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Grid.Locator(".g-row[aria-selected='true']")).ToHaveCountAsync(1);
        var first = int.Parse((await Grid.Locator(".g-row[aria-selected='true']").GetAttributeAsync("data-index"))!, System.Globalization.CultureInfo.InvariantCulture);
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Grid.Locator($".g-row[data-index='{first + 1}']")).ToHaveAttributeAsync("aria-selected", "true");
        await Page.Keyboard.PressAsync("ArrowDown");

        await Expect(Grid.Locator(".g-row[data-index='2']")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(Page.GetByTestId("gantt-selected")).ToHaveTextAsync(ActiveLabel());
        var (start, end) = await DatesAsync(Grid.Locator(".g-row[data-index='2'] .g-bar"));

        await Page.Keyboard.PressAsync("Alt+ArrowRight");

        await Expect(Page.GetByTestId("gantt-last-event")).ToHaveTextAsync($"OnMove T2 {Write(start.AddDays(1))} {Write(end.AddDays(1))}");
    }

    private static async Task<(DateOnly Start, DateOnly End)> DatesAsync(ILocator bar) =>
        (Parse(await bar.GetAttributeAsync("data-start")), Parse(await bar.GetAttributeAsync("data-end")));

    /// <summary>Scrolls the timeline so the bar sits just right of the (sticky) grid.</summary>
    private static async Task BringIntoViewAsync(ILocator bar) =>
        await bar.EvaluateAsync("bar => bar.closest('.g-scroller').scrollLeft = Math.max(0, bar.offsetLeft - 60)");

    private static Regex ActiveLabel() => ActiveLabelPattern();

    private static DateOnly Parse(string? text) => DateOnly.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("^Task ")]
    private static partial Regex ActiveLabelPattern();
}
