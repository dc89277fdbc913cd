using Panorama.Jira.Connections;
using Panorama.Jira.Errors;
using Panorama.Jira.Webhooks;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// What connecting a site checks (SPEC rule 2), over HTTP against the simulator: the site answers as Jira Cloud, the
/// credentials are valid, the user holds Administer Jira; and how a revoked token or a user without it fails.
/// </summary>
public sealed class CheckingAConnectionTests(SimulatedSitesFixture sites) : IClassFixture<SimulatedSitesFixture>
{
    private static readonly string[] SyncPermissions = ["ADMINISTER", "BROWSE_PROJECTS", "EDIT_ISSUES", "LINK_ISSUES"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ServerInfo_ShouldShowAJiraCloudSite_AtItsOwnUrl()
    {
        var info = await sites.AlphaClient.GetServerInfoAsync(Ct);

        Assert.True(info.IsCloud, $"deploymentType was {info.DeploymentType}");
        Assert.Equal(sites.Alpha.BaseUrl, info.BaseUrl);
        Assert.NotNull(info.Version);
    }

    [Fact]
    public async Task Myself_ShouldNameTheTechnicalUser()
    {
        var me = await sites.AlphaClient.GetMyselfAsync(Ct);

        Assert.Equal(sites.Alpha.Email, me.EmailAddress);
        Assert.Equal("atlassian", me.AccountType);
        Assert.True(me.Active);
        Assert.False(string.IsNullOrEmpty(me.AccountId));
        Assert.False(string.IsNullOrEmpty(me.DisplayName));
    }

    [Fact]
    public async Task MyPermissions_ShouldGrantAdministerJira_ToTheTechnicalUser()
    {
        var permissions = await sites.AlphaClient.GetMyPermissionsAsync(SyncPermissions, cancellationToken: Ct);

        Assert.Equal(SyncPermissions.Order(), permissions.Keys.Order());
        Assert.All(SyncPermissions, key => Assert.True(permissions[key].HavePermission, key));
        Assert.Equal(("ADMINISTER", "GLOBAL"), (permissions["ADMINISTER"].Key, permissions["ADMINISTER"].Type));
    }

    [Fact]
    public async Task MyPermissions_ShouldRefuseAdministerJira_ToAUserWithoutIt_InAProjectToo()
    {
        var user = new JiraCredential("reporter-bot@example.com", "ATATT-non-admin-token-1");
        await SimControl.PutUserAsync(sites.Alpha, user.Email, user.ApiToken, administer: false);
        await using var host = SimulatorClient.Create(sites.Alpha, credential: user);
        var project = sites.Alpha.State.ProjectKeys[0];

        var me = await host.Client.GetMyselfAsync(Ct);
        var global = await host.Client.GetMyPermissionsAsync(["ADMINISTER", "BROWSE_PROJECTS"], cancellationToken: Ct);
        var inProject = await host.Client.GetMyPermissionsAsync(["ADMINISTER", "EDIT_ISSUES"], project, Ct);

        Assert.Equal(user.Email, me.EmailAddress);
        Assert.False(global["ADMINISTER"].HavePermission);
        Assert.True(global["BROWSE_PROJECTS"].HavePermission);
        Assert.False(inProject["ADMINISTER"].HavePermission);
        Assert.True(inProject["EDIT_ISSUES"].HavePermission);
    }

    [Fact]
    public async Task RegisteringAWebhook_ShouldFailAsForbidden_ForAUserWithoutAdministerJira()
    {
        var user = new JiraCredential("viewer-bot@example.com", "ATATT-non-admin-token-2");
        await SimControl.PutUserAsync(sites.Alpha, user.Email, user.ApiToken, administer: false);
        await using var host = SimulatorClient.Create(sites.Alpha, credential: user);

        var error = await Assert.ThrowsAsync<JiraException>(() => host.Client.CreateWebhookAsync(
            new JiraWebhookRegistration("panorama", "https://panorama.example/webhooks/jira/1", ["jira:issue_updated"]), Ct));

        Assert.Equal((JiraErrorKind.Forbidden, 403), (error.Kind, error.StatusCode));
        Assert.Contains("Administer Jira", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.ErrorMessages, m => m.Contains("Administer Jira", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARevokedToken_ShouldFailAsUnauthorized_AtOnce_WithWhatToDo_AndWithoutTheToken()
    {
        var user = new JiraCredential("expiring-bot@example.com", "ATATT-soon-revoked-7d1e");
        await SimControl.PutUserAsync(sites.Alpha, user.Email, user.ApiToken, administer: true);
        var wire = new WireRecorder();
        await using var host = SimulatorClient.Create(sites.Alpha, wire, credential: user);
        Assert.Equal(user.Email, (await host.Client.GetMyselfAsync(Ct)).EmailAddress);

        await SimControl.PutUserAsync(sites.Alpha, user.Email, token: "");
        var error = await Assert.ThrowsAsync<JiraException>(() => host.Client.GetMyselfAsync(Ct));

        Assert.Equal((JiraErrorKind.Unauthorized, 401), (error.Kind, error.StatusCode));
        Assert.Contains("Check the connection's e-mail and API token", error.Message, StringComparison.Ordinal);
        Assert.Contains("site 'alpha'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(user.ApiToken, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(user.ApiToken, host.AllLogText, StringComparison.Ordinal);
        Assert.Equal([200, 401], wire.Exchanges.Select(e => e.Status));
    }
}
