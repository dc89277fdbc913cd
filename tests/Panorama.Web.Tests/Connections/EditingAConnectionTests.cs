using System.Net;
using System.Text.Json;
using Panorama.Data.Audit;
using Panorama.Web.Connections;
using Panorama.Web.Tests.Auth;

namespace Panorama.Web.Tests.Connections;

/// <summary>Editing a connection, and the audit trail every configuration change leaves (who, when, what).</summary>
public sealed class EditingAConnectionTests
{
    [Fact]
    public async Task ANewUrlOrEmail_ShouldRecheckTheConnection_AndARenameShouldNot()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var id = alpha.Connection.Id;

        var renamed = await admin.PutAsync<ConnectionResultResponse>($"/api/connections/{id}", new UpdateConnectionRequest(Name: "alpha-prod"), HttpStatusCode.OK, ct);
        var wrongEmail = await admin.PutAsync<ConnectionResultResponse>($"/api/connections/{id}", new UpdateConnectionRequest(Email: "someone.else@alpha.test"), HttpStatusCode.OK, ct);
        var moved = await admin.PutAsync<ConnectionResultResponse>($"/api/connections/{id}",
            new UpdateConnectionRequest(Url: jira["beta"].BaseUrl, Email: jira["beta"].Email), HttpStatusCode.OK, ct);
        var tokenReplaced = await admin.PutAsync<ConnectionResultResponse>($"/api/connections/{id}/token",
            new ReplaceTokenRequest(jira["beta"].ApiToken), HttpStatusCode.OK, ct);
        var clash = await admin.ConnectAsync(jira["beta"], ct, name: "gamma", primary: false);
        var taken = await admin.PutAsync<Problem>($"/api/connections/{clash.Connection.Id}", new UpdateConnectionRequest(Name: "ALPHA-PROD"), HttpStatusCode.Conflict, ct);

        Assert.Equal(("alpha-prod", "valid"), (renamed.Connection.Name, renamed.Connection.Status));
        Assert.Null(renamed.Checks);
        Assert.Equal("invalid", wrongEmail.Connection.Status);
        Assert.Equal("failed", wrongEmail.Check("credentials").Outcome);
        Assert.Equal((jira["beta"].BaseUrl, "invalid"), (moved.Connection.Url, moved.Connection.Status)); // alpha's token is no good on beta
        Assert.Equal("failed", moved.Check("credentials").Outcome);
        Assert.Equal("valid", tokenReplaced.Connection.Status);
        Assert.Contains("exists already", taken.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryConfigurationChange_ShouldBeAudited_WithWhoAndWhat_AndNoSecret()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
        app.Scopes.ForEveryConnection(jira["alpha"].State.ProjectKeys[0], jira["beta"].State.ProjectKeys[0]);
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var beta = await admin.ConnectAsync(jira["beta"], ct);
        await admin.PutAsync<ConnectionResultResponse>($"/api/connections/{beta.Connection.Id}", new UpdateConnectionRequest(Name: "beta2"), HttpStatusCode.OK, ct);
        await admin.PutAsync<ConnectionResultResponse>($"/api/connections/{beta.Connection.Id}/token", new ReplaceTokenRequest(jira["beta"].ApiToken), HttpStatusCode.OK, ct);
        await admin.PutAsync<FieldMappingResponse>($"/api/connections/{beta.Connection.Id}/field-mapping",
            new FieldMappingRequest([new("endDate", "twoWay", "duedate")]), HttpStatusCode.OK, ct);
        await admin.PostAsync<ConnectionResultResponse>($"/api/connections/{beta.Connection.Id}/primary", HttpStatusCode.OK, ct);
        (await admin.DeleteAsync($"/api/connections/{alpha.Connection.Id}", ct)).EnsureSuccessStatusCode();

        var actions = new[]
        {
            AuditActions.ConnectionCreated, AuditActions.ConnectionUpdated, AuditActions.ConnectionTokenReplaced,
            AuditActions.ConnectionFieldMappingChanged, AuditActions.ConnectionPrimaryChanged, AuditActions.ConnectionDeleted,
            AuditActions.ConnectionWebhookChanged,
        };
        foreach (var action in actions)
        {
            var entries = await app.AuditEntriesAsync(action, ct);
            Assert.True(entries.Count > 0, $"no {action} entry");
            Assert.All(entries.Where(e => e.Action != AuditActions.ConnectionWebhookChanged),
                e => Assert.Equal((app.AdminEmail, "connection"), (e.ActorDisplay, e.TargetType)));
        }

        var renamed = Assert.Single(await app.AuditEntriesAsync(AuditActions.ConnectionUpdated, ct));
        Assert.Contains("\"field\":\"name\",\"old\":\"beta\",\"new\":\"beta2\"", renamed.Details, StringComparison.Ordinal);
        var text = await app.AllAuditTextAsync(ct);
        Assert.DoesNotContain(jira["alpha"].ApiToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(jira["beta"].ApiToken, text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(await admin.GetStringAsync("/api/audit?action=connection.*", ct));
        Assert.True(doc.RootElement.GetRawText().Contains("connection.deleted", StringComparison.Ordinal));
    }
}
