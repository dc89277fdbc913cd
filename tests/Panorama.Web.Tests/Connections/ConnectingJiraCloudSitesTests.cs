using System.Net;
using System.Net.Http.Json;
using Panorama.Web.Connections;

namespace Panorama.Web.Tests.Connections;

/// <summary>Issue 6: a primary and two secondary sites connected over real HTTP to simulated Jira Cloud sites.</summary>
public sealed class ConnectingJiraCloudSitesTests
{
    [Fact]
    public async Task APrimaryAndTwoSecondaries_ShouldConnect_WithEachCheckPassed_AndThePrimaryDefaults()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta", "gamma");
        using var admin = await app.CreateAdminClientAsync(ct);

        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var beta = await admin.ConnectAsync(jira["beta"], ct);
        var gamma = await admin.ConnectAsync(jira["gamma"], ct);

        Assert.Equal(("primary", "valid"), (alpha.Connection.Role, alpha.Connection.Status));
        Assert.All([beta, gamma], c => Assert.Equal(("secondary", "valid"), (c.Connection.Role, c.Connection.Status)));
        foreach (var name in new[] { "https", "jira-cloud", "credentials", "administer" })
        {
            Assert.All([alpha, beta, gamma], c => Assert.Equal("passed", c.Check(name).Outcome));
        }

        Assert.Contains("Jira Cloud", alpha.Check("jira-cloud").Message, StringComparison.Ordinal);
        Assert.Contains("Administer Jira", alpha.Check("administer").Message, StringComparison.Ordinal);

        // Rule 10: the primary's defaults are found by schema (site-specific ids); the secondaries start empty.
        var alphaMapping = await admin.GetAsync<FieldMappingResponse>($"/api/connections/{alpha.Connection.Id}/field-mapping", ct);
        Assert.Contains(alphaMapping.Entries, e => e is { Field: "startDate", Mode: "twoWay" } && e.JiraFieldId == jira["alpha"].State.FieldIds.StartDate);
        Assert.Contains(alphaMapping.Entries, e => e is { Field: "endDate", Mode: "twoWay", JiraFieldId: "duedate" });
        Assert.Contains(alphaMapping.Entries, e => e is { Field: "progress", Mode: "notSynchronized" });
        Assert.Contains(alphaMapping.Entries, e => e.Field == "storyPoints" && e.JiraFieldId == jira["alpha"].State.FieldIds.StoryPoints);
        var betaMapping = await admin.GetAsync<FieldMappingResponse>($"/api/connections/{beta.Connection.Id}/field-mapping", ct);
        Assert.Empty(betaMapping.Entries);
        Assert.Equal(8, betaMapping.Unmapped.Count);
        Assert.Empty((await admin.GetAsync<DependencyMappingResponse>($"/api/connections/{beta.Connection.Id}/dependency-mapping", ct)).Entries);

        var list = await admin.GetAsync<List<ConnectionResponse>>("/api/connections", ct);
        Assert.Equal(["alpha", "beta", "gamma"], list.Select(c => c.Name));
    }

    [Fact]
    public async Task ASecondPrimary_ShouldBeRefused_AndTheSwitch_ShouldMoveThePrimaryInOneStep()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);

        using var refused = await admin.PostAsJsonAsync("/api/connections",
            new CreateConnectionRequest("beta", jira["beta"].BaseUrl, jira["beta"].Email, jira["beta"].ApiToken, Primary: true), ct);
        var problem = await ConnectionsApi.ReadAsync<Problem>(refused, HttpStatusCode.Conflict, ct);
        Assert.Contains("'alpha' is the primary", problem.Detail, StringComparison.Ordinal);
        Assert.Contains("/primary", problem.Detail, StringComparison.Ordinal);

        var beta = await admin.ConnectAsync(jira["beta"], ct);
        var switched = await admin.PostAsync<ConnectionResultResponse>($"/api/connections/{beta.Connection.Id}/primary", HttpStatusCode.OK, ct);

        Assert.Equal("primary", switched.Connection.Role);
        Assert.Equal("secondary", (await admin.GetAsync<ConnectionResponse>($"/api/connections/{alpha.Connection.Id}", ct)).Role);
        // alpha kept Progress 'Not synchronized', which a secondary may not: it is unmapped now, and the answer says so.
        Assert.Contains(switched.Notes, n => n.Contains("progress", StringComparison.Ordinal) && n.Contains("'alpha'", StringComparison.Ordinal));
        var alphaMapping = await admin.GetAsync<FieldMappingResponse>($"/api/connections/{alpha.Connection.Id}/field-mapping", ct);
        Assert.DoesNotContain(alphaMapping.Entries, e => e.Mode == "notSynchronized");
        Assert.Contains("progress", alphaMapping.Unmapped);
    }

    [Fact]
    public async Task Discovery_ShouldListTheSitesFieldsAndLinkTypes_AndRefreshRereadsThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var id = alpha.Connection.Id;

        var fields = await admin.GetAsync<FieldsResponse>($"/api/connections/{id}/fields", ct);
        var linkTypes = await admin.GetAsync<LinkTypesResponse>($"/api/connections/{id}/link-types", ct);
        var refreshed = await admin.PostAsync<RefreshResponse>($"/api/connections/{id}/fields/refresh", HttpStatusCode.OK, ct);

        var startDate = Assert.Single(fields.Fields, f => f.Id == jira["alpha"].State.FieldIds.StartDate);
        Assert.Equal(("Start date", "date"), (startDate.Name, startDate.Type));
        Assert.Contains("startDate", startDate.Suits);
        Assert.Empty(Assert.Single(fields.Fields, f => f.Id == "summary").Suits);
        Assert.Equal(jira["alpha"].State.LinkTypes.Select(t => t.Name).Order(), linkTypes.LinkTypes.Select(t => t.Name).Order());
        Assert.Equal((fields.Fields.Count, linkTypes.LinkTypes.Count, false), (refreshed.Fields, refreshed.LinkTypes, refreshed.DefaultFieldMappingApplied));
        Assert.True(refreshed.RefreshedAt >= fields.RefreshedAt);
    }

    [Fact]
    public async Task Deleting_ShouldRemoveTheConnection_AndRefuseToDeleteThePrimaryWhileOthersExist()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var beta = await admin.ConnectAsync(jira["beta"], ct);

        using var refused = await admin.DeleteAsync($"/api/connections/{alpha.Connection.Id}", ct);
        var problem = await ConnectionsApi.ReadAsync<Problem>(refused, HttpStatusCode.Conflict, ct);
        using var deleted = await admin.DeleteAsync($"/api/connections/{beta.Connection.Id}", ct);
        await ConnectionsApi.ReadAsync<DeletedConnectionResponse>(deleted, HttpStatusCode.OK, ct);
        using var gone = await admin.GetAsync($"/api/connections/{beta.Connection.Id}", ct);

        Assert.Contains("make another connection primary first", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(["alpha"], (await admin.GetAsync<List<ConnectionResponse>>("/api/connections", ct)).Select(c => c.Name));
    }
}
