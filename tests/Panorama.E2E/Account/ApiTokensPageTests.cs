using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using Panorama.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Panorama.E2E.Account;

public sealed class ApiTokensPageTests(BrowserFixture browser, E2EApp app) : BrowserTest(browser, app), IClassFixture<E2EApp>
{
    [Fact]
    public async Task A_user_creates_a_token_that_works_sees_it_once_and_revokes_it()
    {
        var user = await App.CreateUserAsync("planner@example.test", cancellationToken: Cancellation);
        await SignInAsync(Page, user.Email, user.Password);
        await GotoInteractiveAsync(Page, "/account");

        await Page.GetByLabel("Token name").FillAsync("nightly report");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();

        var secret = Page.Locator("[data-secret]");
        await Expect(secret).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^pnr_"));
        var token = await secret.InputValueAsync();
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "nightly report" });
        await Expect(row).ToContainTextAsync("never");
        Assert.Equal(HttpStatusCode.OK, await CallApiAsync(token));

        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke token nightly report" }).ClickAsync();
        await Page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();

        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.Unauthorized, await CallApiAsync(token));
    }

    [Fact]
    public async Task A_token_without_a_name_is_refused_with_the_rule()
    {
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, "/account");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Give the token a name of 1 to 100 characters.");
        await Expect(Page.Locator("[data-secret]")).ToHaveCountAsync(0);
    }

    private async Task<HttpStatusCode> CallApiAsync(string token)
    {
        using var client = new HttpClient { BaseAddress = App.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync("/api/account", Cancellation);
        return response.StatusCode;
    }
}
