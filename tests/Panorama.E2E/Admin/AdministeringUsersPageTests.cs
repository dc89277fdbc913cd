using Microsoft.Playwright;
using Panorama.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Panorama.E2E.Admin;

public sealed class AdministeringUsersPageTests(BrowserFixture browser, E2EApp app) : BrowserTest(browser, app), IClassFixture<E2EApp>
{
    [Fact]
    public async Task An_administrator_adds_a_user_who_then_signs_in_with_the_generated_password()
    {
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, "/admin/users");

        await Page.GetByLabel("E-mail").FillAsync("new.colleague@example.test");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        var password = Page.Locator("[data-secret]");
        await Expect(password).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^.{20}$"));
        var generated = await password.InputValueAsync();
        await Expect(Page.Locator("tr[data-user='new.colleague@example.test']")).ToContainTextAsync("Enabled");

        await using var colleague = await NewContextAsync();
        var page = await NewPageAsync(colleague);
        await SignInAsync(page, "new.colleague@example.test", generated);
        await Expect(page.Locator(".account-menu summary")).ToContainTextAsync("new.colleague@example.test");
    }

    [Fact]
    public async Task Refusals_show_the_reason_beside_the_list()
    {
        await App.CreateUserAsync("taken@example.test", cancellationToken: Cancellation);
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, "/admin/users");

        await Page.GetByLabel("E-mail").FillAsync("taken@example.test");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("A user with the e-mail 'taken@example.test' exists");

        var me = Page.Locator($"tr[data-user='{App.AdminEmail}']");
        await me.GetByRole(AriaRole.Button, new() { Name = $"Remove administrator role from {App.AdminEmail}" }).ClickAsync();
        var list = Page.GetByRole(AriaRole.Region, new() { Name = "All users" });
        await Expect(list.GetByRole(AriaRole.Alert)).ToContainTextAsync("This is the last enabled application administrator");
    }

    [Fact]
    public async Task The_audit_log_shows_the_changes_and_filters_them()
    {
        await App.CreateUserAsync("audited@example.test", cancellationToken: Cancellation);
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, "/admin/audit");

        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "user.created" }).First).ToBeVisibleAsync();
        await Page.GetByLabel("Action").FillAsync("signin.*");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "user.created" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Cell, new() { Name = "signin.succeeded" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_user_who_is_not_an_administrator_sees_no_app_configuration_and_is_told_why_a_page_is_closed()
    {
        var user = await App.CreateUserAsync("not.admin@example.test", cancellationToken: Cancellation);
        await SignInAsync(Page, user.Email, user.Password);

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
        var response = await Page.GotoAsync("/admin/users");

        Assert.Equal(403, response!.Status);
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your account does not have the role this needs");
    }
}
