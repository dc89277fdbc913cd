using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Scope;
using Panorama.Jira.Webhooks;
using Panorama.JiraSim;
using Panorama.Web.Connections;

namespace Panorama.Web.Tests.Connections;

/// <summary>Rule 4: one admin webhook per connection, registered by Panorama, moving with the scopes.</summary>
public sealed class WebhookRegistrationTests
{
    private static readonly string[] Events =
        ["jira:issue_created", "jira:issue_updated", "jira:issue_deleted", "issuelink_created", "issuelink_deleted"];

    [Fact]
    public async Task Connecting_ShouldRegisterOneSignedWebhook_ForTheProjectsInScope()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        var projects = jira["alpha"].State.ProjectKeys;
        app.Scopes.ForEveryConnection(projects[0]);
        using var admin = await app.CreateAdminClientAsync(ct);

        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var hooks = await WebhooksOnSiteAsync(jira["alpha"], ct);

        var hook = Assert.Single(hooks);
        Assert.Equal("passed", alpha.Check("webhook").Outcome);
        Assert.Equal($"http://localhost/webhooks/jira/{alpha.Connection.Id}", hook.Url);
        Assert.Equal(Events.Order(), hook.Events.Order());
        Assert.Equal($"project in (\"{projects[0]}\")", hook.JqlFilter);
        Assert.True(hook.IsSigned);
        Assert.Equal(hook.Id.ToString(), alpha.Connection.Webhook.Id);
    }

    [Fact]
    public async Task AScopeChange_ShouldMoveTheWebhookFilter_AndAnEmptyScope_ShouldRemoveIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var id = alpha.Connection.Id;
        var projects = jira["alpha"].State.ProjectKeys;
        var listeners = app.Services.GetServices<IScopeChangeListener>().ToList();

        var beforeScope = await WebhooksOnSiteAsync(jira["alpha"], ct);
        app.Scopes.Set(id, projects[0]);
        foreach (var listener in listeners)
        {
            await listener.ScopeChangedAsync(id, ct);
        }

        var first = Assert.Single(await WebhooksOnSiteAsync(jira["alpha"], ct));
        app.Scopes.Set(id, projects[1], projects[0]);
        foreach (var listener in listeners)
        {
            await listener.ScopeChangedAsync(id, ct);
        }

        var moved = Assert.Single(await WebhooksOnSiteAsync(jira["alpha"], ct));
        var state = await admin.GetAsync<WebhookStateResponse>($"/api/connections/{id}/webhooks", ct);
        app.Scopes.SetJql(id, $"project = {projects[0]} AND labels = backend");
        foreach (var listener in listeners)
        {
            await listener.ScopeChangedAsync(id, ct);
        }

        var allIssues = Assert.Single(await WebhooksOnSiteAsync(jira["alpha"], ct));
        app.Scopes.Set(id);
        foreach (var listener in listeners)
        {
            await listener.ScopeChangedAsync(id, ct);
        }

        Assert.Empty(beforeScope);
        Assert.Equal($"project in (\"{projects[0]}\")", first.JqlFilter);
        Assert.Equal(first.Id, moved.Id);
        Assert.Equal($"project in (\"{string.Join("\", \"", new[] { projects[0], projects[1] }.Order(StringComparer.Ordinal))}\")", moved.JqlFilter);
        Assert.Equal(moved.JqlFilter, state.RegisteredJql);
        Assert.True(string.IsNullOrEmpty(allIssues.JqlFilter));
        Assert.Empty(await WebhooksOnSiteAsync(jira["alpha"], ct));
    }

    [Fact]
    public async Task TheWebhookState_ShouldGiveWhatManualRegistrationNeeds_SecretIncluded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        app.Scopes.ForEveryConnection(jira["alpha"].State.ProjectKeys[0]);
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);

        var state = await admin.GetAsync<WebhookStateResponse>($"/api/connections/{alpha.Connection.Id}/webhooks", ct);
        var again = await admin.PostAsync<WebhookSyncResponse>($"/api/connections/{alpha.Connection.Id}/webhooks", HttpStatusCode.OK, ct);

        Assert.True(state.ManagedByPanorama);
        Assert.Equal($"http://localhost/webhooks/jira/{alpha.Connection.Id}", state.ManualRegistration.Url);
        Assert.Equal(Events, state.ManualRegistration.Events);
        Assert.Equal(state.RegisteredJql, state.ManualRegistration.JqlFilter);
        Assert.True(state.ManualRegistration.Secret.Length >= 40);
        Assert.Equal("passed", again.Check.Outcome);
        Assert.Equal(state.RegisteredId, again.State.RegisteredId);
        Assert.Single(await WebhooksOnSiteAsync(jira["alpha"], ct));
    }

    [Fact]
    public async Task DeletingTheConnection_ShouldRemoveItsWebhookFromTheSite()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        app.Scopes.ForEveryConnection(jira["alpha"].State.ProjectKeys[0]);
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var registered = await WebhooksOnSiteAsync(jira["alpha"], ct);

        (await admin.DeleteAsync($"/api/connections/{alpha.Connection.Id}", ct)).EnsureSuccessStatusCode();

        Assert.Single(registered);
        Assert.Empty(await WebhooksOnSiteAsync(jira["alpha"], ct));
    }

    [Fact]
    public async Task WithoutAPublicBaseUrl_TheConnectionShouldStayValid_AndTheWebhookCheckSayWhatToSet()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        app.WithSetting("Panorama:PublicBaseUrl", null);
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        app.Scopes.ForEveryConnection(jira["alpha"].State.ProjectKeys[0]);
        using var admin = await app.CreateAdminClientAsync(ct);

        var alpha = await admin.ConnectAsync(jira["alpha"], ct);

        Assert.Equal("valid", alpha.Connection.Status);
        Assert.Equal("failed", alpha.Check("webhook").Outcome);
        Assert.Contains("Panorama:PublicBaseUrl", alpha.Connection.Webhook.Error, StringComparison.Ordinal);
    }

    /// <summary>The site's admin webhooks, read through Jira's REST API as the technical user.</summary>
    private static async Task<IReadOnlyList<JiraAdminWebhook>> WebhooksOnSiteAsync(SimulatedSite site, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{site.Email}:{site.ApiToken}")));
        var json = await http.GetStringAsync("/rest/webhooks/1.0/webhook", ct);
        return System.Text.Json.JsonSerializer.Deserialize<List<JiraAdminWebhook>>(json, System.Text.Json.JsonSerializerOptions.Web)!;
    }
}
