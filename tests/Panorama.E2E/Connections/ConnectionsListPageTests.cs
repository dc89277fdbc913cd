using Microsoft.Playwright;
using Panorama.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Panorama.E2E.Connections;

/// <summary>The connections list: status, primary marked, and the actions that need a confirmation. Its own app, as it switches the primary.</summary>
public sealed class ConnectionsListPageTests(BrowserFixture browser, ConnectionsE2EFixture sites)
    : BrowserTest(browser, sites.App), IClassFixture<ConnectionsE2EFixture>
{
    [Fact]
    public async Task The_list_marks_the_primary_switches_it_after_confirmation_tests_and_deletes()
    {
        await sites.ConnectAsync("alpha", "alpha", primary: true);
        await sites.ConnectSecondaryAsync("beta", "beta");
        await sites.ConnectSecondaryAsync("gamma", "gamma-broken", token: "revoked-" + Guid.NewGuid().ToString("N"));
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, "/admin/connections");

        var alpha = Page.Locator("tr[data-connection='alpha']");
        var beta = Page.Locator("tr[data-connection='beta']");
        var broken = Page.Locator("tr[data-connection='gamma-broken']");
        await Expect(alpha).ToContainTextAsync("Primary");
        await Expect(beta).ToContainTextAsync("Secondary");
        await Expect(broken).ToContainTextAsync("Invalid");
        await Expect(broken).ToContainTextAsync("the API token was rejected");

        await beta.GetByRole(AriaRole.Button, new() { Name = "Make beta the primary" }).ClickAsync();
        var dialog = Page.Locator(".rz-dialog");
        await Expect(dialog).ToContainTextAsync("New tasks will be created in it, and alpha becomes a secondary.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Make primary" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("beta is now the primary connection.");
        await Expect(beta).ToContainTextAsync("Primary");
        await Expect(alpha).ToContainTextAsync("Secondary");

        await alpha.GetByRole(AriaRole.Button, new() { Name = "Test alpha now" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "Checks of alpha" }).Locator("[data-check='credentials'] .check-outcome")).ToHaveTextAsync("Passed");

        await broken.GetByRole(AriaRole.Button, new() { Name = "Delete gamma-broken" }).ClickAsync();
        await Page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(broken).ToBeVisibleAsync();
        await broken.GetByRole(AriaRole.Button, new() { Name = "Delete gamma-broken" }).ClickAsync();
        await Page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deleted gamma-broken.");
        await Expect(broken).ToHaveCountAsync(0);

        var html = await Page.ContentAsync();
        Assert.All(sites.Tokens, token => Assert.DoesNotContain(token, html, StringComparison.Ordinal));
    }
}
