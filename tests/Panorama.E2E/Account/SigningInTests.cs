using Microsoft.Playwright;
using Panorama.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Panorama.E2E.Account;

public sealed class SigningInTests(BrowserFixture browser, E2EApp app) : BrowserTest(browser, app), IClassFixture<E2EApp>
{
    [Fact]
    public async Task An_administrator_signs_in_and_sees_the_app_with_its_navigation()
    {
        await SignInAsAdministratorAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Panorama", Level = 1 })).ToBeVisibleAsync();
        var navigation = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToBeVisibleAsync();
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".account-menu summary")).ToContainTextAsync(App.AdminEmail!);
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_visitor_on_the_sign_in_page_with_a_message()
    {
        await Page.GotoAsync("/signin");
        await Page.GetByLabel("E-mail").FillAsync(App.AdminEmail!);
        await Page.GetByLabel("Password").FillAsync("not the password at all");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The e-mail or password is not right, or the account is disabled.");
        Assert.Contains("/signin", Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_from_the_account_menu_ends_the_session()
    {
        await SignInAsAdministratorAsync();

        await Page.Locator(".account-menu summary").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Page.WaitForURLAsync("**/signin");

        await Page.GotoAsync("/account");
        Assert.Contains("/signin", Page.Url, StringComparison.Ordinal);
    }
}
