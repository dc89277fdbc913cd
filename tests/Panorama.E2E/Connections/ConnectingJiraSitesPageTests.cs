using System.Net.Http.Json;
using Microsoft.Playwright;
using Panorama.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Panorama.E2E.Connections;

/// <summary>App Configuration: the add-connection wizard, the connection page's token and mapping editors, against simulated sites.</summary>
public sealed class ConnectingJiraSitesPageTests(BrowserFixture browser, ConnectionsE2EFixture sites)
    : BrowserTest(browser, sites.App), IClassFixture<ConnectionsE2EFixture>
{
    private static readonly string[] CheckNames = ["https", "jira-cloud", "credentials", "administer", "webhook"];

    [Fact]
    public async Task The_wizard_connects_the_primary_and_shows_every_check_passed()
    {
        var alpha = sites.Jira["alpha"];
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, "/admin/connections/new");

        await FillWizardAsync(alpha.BaseUrl, alpha.Email, alpha.ApiToken, "alpha", "primary");

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Connected" })).ToContainTextAsync("alpha is valid (primary)");
        foreach (var name in CheckNames)
        {
            await Expect(Page.Locator($"[data-check='{name}'] .check-outcome")).ToHaveTextAsync("Passed");
        }

        await Page.GetByRole(AriaRole.Link, new() { Name = "Back to the connections" }).ClickAsync();
        var row = Page.Locator("tr[data-connection='alpha']");
        await Expect(row).ToContainTextAsync("Primary");
        await Expect(row).ToContainTextAsync("Valid");
        await AssertNoTokenAsync();
    }

    [Fact]
    public async Task A_wrong_token_fails_the_credentials_check_and_says_what_to_fix()
    {
        var beta = sites.Jira["beta"];
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, "/admin/connections/new");

        await FillWizardAsync(beta.BaseUrl, beta.Email, "not-the-token-" + Guid.NewGuid().ToString("N"), "beta-wrong", "secondary");

        var credentials = Page.Locator("[data-check='credentials']");
        await Expect(credentials.Locator(".check-outcome")).ToHaveTextAsync("Failed");
        await Expect(credentials).ToContainTextAsync("the API token was rejected");
        await Expect(credentials).ToContainTextAsync("https://id.atlassian.com/manage-profile/security/api-tokens");
        await Expect(Page.Locator("[data-check='administer'] .check-outcome")).ToHaveTextAsync("Skipped");
        await Expect(Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "saved as invalid" })).ToContainTextAsync("beta-wrong was saved as invalid");
        await AssertNoTokenAsync();
    }

    [Fact]
    public async Task Replacing_a_rejected_token_makes_the_connection_valid_and_never_shows_the_token()
    {
        var id = await sites.ConnectSecondaryAsync("beta", "beta-token", token: "expired-" + Guid.NewGuid().ToString("N"));
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, $"/admin/connections/{id}");
        await Expect(Page.Locator("[data-status]")).ToContainTextAsync("Invalid");

        await Page.GetByLabel("New API token").FillAsync(sites.Jira["beta"].ApiToken);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Replace token" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Token replaced" })).ToContainTextAsync("beta-token is valid");
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "Checks after replacing the token" }).Locator("[data-check='credentials'] .check-outcome"))
            .ToHaveTextAsync("Passed");
        await Expect(Page.Locator("[data-status]")).ToContainTextAsync("Valid");
        await Expect(Page.GetByLabel("New API token")).ToHaveValueAsync(string.Empty);
        await AssertNoTokenAsync();
    }

    [Fact]
    public async Task A_refused_field_mapping_shows_each_rule_message_beside_its_row()
    {
        var id = await sites.ConnectSecondaryAsync("gamma", "gamma-map");
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, $"/admin/connections/{id}");

        await Page.GetByLabel("Mapping of Progress").SelectOptionAsync("notSynchronized");
        await Page.GetByLabel("Mapping of Start date").SelectOptionAsync("twoWay");
        await Page.GetByLabel("Jira field for Start date").SelectOptionAsync("summary");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save field mapping" }).ClickAsync();

        await Expect(Page.Locator("tr[data-field='progress']").GetByRole(AriaRole.Alert)).ToContainTextAsync("only the primary connection");
        await Expect(Page.Locator("tr[data-field='startDate']").GetByRole(AriaRole.Alert)).ToContainTextAsync("needs a date field");
        await Expect(Page.Locator("tr[data-field='endDate']").GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

        await Page.GetByLabel("Mapping of Progress").SelectOptionAsync(string.Empty);
        await Page.GetByLabel("Jira field for Start date").SelectOptionAsync(sites.Jira["gamma"].State.FieldIds.StartDate);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save field mapping" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Field mapping saved" })).ToBeVisibleAsync();
        await Expect(Page.Locator("tr[data-field='startDate']").GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_link_type_mapped_twice_is_refused_beside_both_rows()
    {
        var id = await sites.ConnectSecondaryAsync("gamma", "gamma-links");
        var blocks = sites.Jira["gamma"].State.LinkTypes[0];
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, $"/admin/connections/{id}");

        foreach (var row in new[] { 1, 2 })
        {
            await Page.GetByRole(AriaRole.Button, new() { Name = "Add a link type" }).ClickAsync();
            await Page.GetByLabel($"Link type of row {row}").SelectOptionAsync(blocks.Id);
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Save dependency mapping" }).ClickAsync();

        foreach (var row in new[] { 1, 2 })
        {
            await Expect(Page.Locator($"tr[data-link-row='{row}']").GetByRole(AriaRole.Alert)).ToContainTextAsync("is mapped 2 times");
        }
    }

    [Fact]
    public async Task Choosing_to_register_the_webhook_by_hand_shows_what_to_enter_in_Jira()
    {
        var id = await sites.ConnectSecondaryAsync("gamma", "gamma-hooks");
        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, $"/admin/connections/{id}");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Register it by hand instead" }).ClickAsync();

        await Expect(Page.Locator("[data-webhook-state]")).ToContainTextAsync("Registered by hand");
        await Expect(Page.Locator("dl[aria-label='Manual webhook registration']")).ToContainTextAsync($"http://localhost/webhooks/jira/{id}");
        await Expect(Page.Locator("dl[aria-label='Manual webhook registration']")).ToContainTextAsync("jira:issue_created");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Let Panorama register it" })).ToBeVisibleAsync();
        await AssertNoTokenAsync();
    }

    [Fact]
    public async Task The_screen_check_names_a_mapped_field_taken_off_the_edit_screen_with_the_fix()
    {
        var delta = sites.Jira["delta"];
        var project = delta.State.ProjectKeys[0];
        var id = await sites.ConnectSecondaryAsync("delta", "delta-screens");
        using (var sim = new HttpClient { BaseAddress = new Uri(delta.BaseUrl) })
        {
            var screen = delta.State.Screens()[project].Where(f => f != delta.State.FieldIds.StartDate).ToArray();
            (await sim.PutAsJsonAsync("/_sim/screens", new Dictionary<string, string[]> { [project] = screen }, Cancellation)).EnsureSuccessStatusCode();
        }

        await SignInAsAdministratorAsync();
        await GotoInteractiveAsync(Page, $"/admin/connections/{id}");
        await Page.GetByLabel("Mapping of Start date").SelectOptionAsync("twoWay");
        await Page.GetByLabel("Jira field for Start date").SelectOptionAsync(delta.State.FieldIds.StartDate);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save field mapping" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Field mapping saved" })).ToBeVisibleAsync();

        await Page.GetByLabel("Projects (optional)").FillAsync(project);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Run the screen check" }).ClickAsync();

        var findings = Page.GetByRole(AriaRole.Table, new() { Name = "Fields missing from edit screens" });
        await Expect(findings).ToContainTextAsync("Start date");
        await Expect(findings).ToContainTextAsync($"Add field {delta.State.FieldIds.StartDate} (Start date) to the edit screen of project {project}");
    }

    private async Task FillWizardAsync(string url, string email, string token, string name, string role)
    {
        await Page.GetByLabel("Site URL").FillAsync(url);
        await Page.GetByLabel("Technical user's e-mail").FillAsync(email);
        await Page.GetByLabel("API token", new() { Exact = true }).FillAsync(token);
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("Role").SelectOptionAsync(role);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check and connect" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = $"Checks of {name}" })).ToBeVisibleAsync();
    }

    /// <summary>No simulated site's token is anywhere in the page's HTML (the DOM as it stands, attributes included).</summary>
    private async Task AssertNoTokenAsync()
    {
        var html = await Page.ContentAsync();
        foreach (var token in sites.Tokens)
        {
            Assert.DoesNotContain(token, html, StringComparison.Ordinal);
        }
    }
}
