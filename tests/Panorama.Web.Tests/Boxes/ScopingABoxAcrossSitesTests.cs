using System.Net;
using Panorama.Testing.Boxes;
using Panorama.Testing.Tasks;
using Panorama.Web.Boxes.Scope;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Rule 6: a site's data enters a box only through an integration for it; scope validation; listeners.</summary>
public sealed class ScopingABoxAcrossSitesTests
{
    [Fact]
    public async Task ASitesTasks_ShouldEnterTheBox_OnlyOnceAnIntegrationForItIsAdded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Launch", "Program");

        Assert.Empty((await admin.GetWbsAsync(box.Id)).TaskKeys());

        await admin.AddIntegrationAsync(box.Id, "alpha", ["OPS"]);
        var alphaOnly = await admin.GetWbsAsync(box.Id);
        Assert.Equal(["OPS-1", "OPS-2", "OPS-3", "OPS-4"], alphaOnly.TaskKeys().Order());

        await admin.AddIntegrationAsync(box.Id, "beta", ["BET"]);
        var both = await admin.GetWbsAsync(box.Id);
        Assert.Equal(["BET-1", "BET-2", "BET-3", "OPS-1", "OPS-2", "OPS-3", "OPS-4"], both.TaskKeys().Order());
        Assert.Equal([ThreeSites.Alpha.Id, ThreeSites.Beta.Id], app.ScopeChanges.Changes);
    }

    [Fact]
    public async Task ASecondIntegrationForTheSameConnection_ShouldBeRefused_PointingAtTheOneToEdit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Launch");
        var first = await admin.AddIntegrationAsync(box.Id, "beta", ["BET"]);

        using var second = await admin.PostJsonAsync($"/api/boxes/{box.Id}/scope", new { connection = "beta", projects = new[] { "OPS" } });

        var detail = await second.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already has an integration for 'beta'", detail, StringComparison.Ordinal);
        Assert.Contains(first.Id.ToString(), detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("delta", null, null, "No connection is named 'delta'")]
    [InlineData("alpha", null, null, "needs at least one project or a JQL filter")]
    [InlineData("alpha", "ops-1", null, "is not a Jira project key")]
    [InlineData("alpha", null, "project = OPS)", "closes a parenthesis it never opened")]
    public async Task AnInvalidIntegration_ShouldBeRefusedWithWhatToFix(string connection, string? project, string? jql, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Launch");

        using var response = await admin.PostJsonAsync($"/api/boxes/{box.Id}/scope",
            new { connection, projects = project is null ? null : new[] { project }, jql });

        Assert.Contains(expected, await response.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(app.ScopeChanges.Changes);
    }

    [Fact]
    public async Task AJqlIntegration_ShouldHoldTheIssuesTheSyncEngineListsAsMembers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Launch");
        var integration = await admin.AddIntegrationAsync(box.Id, "beta", jql: "labels = launch");
        Assert.True(integration.EvaluatedByJira);
        Assert.Empty((await admin.GetWbsAsync(box.Id)).TaskKeys());

        await app.Seeder.AddMembershipsAsync(integration.Id, ThreeSites.Beta.Id, [ThreeSites.Bet1, ThreeSites.Bet3], ct);
        Assert.Equal(["BET-1", "BET-3"], (await admin.GetWbsAsync(box.Id)).TaskKeys());

        await app.Seeder.RemoveMembershipAsync(integration.Id, ThreeSites.Bet1, ct);
        Assert.Equal(["BET-3"], (await admin.GetWbsAsync(box.Id)).TaskKeys());
    }

    [Fact]
    public async Task ANarrowingJql_ShouldKeepOnlyTheProjectsIssuesJiraMatches()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Launch");
        var integration = await admin.AddIntegrationAsync(box.Id, "alpha", ["OPS"], narrowingJql: "statusCategory != Done");
        Assert.Equal("project in (\"OPS\") AND (statusCategory != Done)", integration.Query);

        await app.Seeder.AddMembershipsAsync(integration.Id, ThreeSites.Alpha.Id, [ThreeSites.Ops1, ThreeSites.Ops2, ThreeSites.Ops3], ct);

        Assert.Equal(["OPS-1", "OPS-2", "OPS-3"], (await admin.GetWbsAsync(box.Id)).TaskKeys());
    }

    [Fact]
    public async Task EditingAndRemovingAnIntegration_ShouldChangeTheBoxAndTellTheListeners()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Launch");
        var integration = await admin.AddIntegrationAsync(box.Id, "alpha", ["OPS"]);

        using var edited = await admin.PutJsonAsync($"/api/boxes/{box.Id}/scope/{integration.Id}", new { projects = new[] { "WEB" } });
        Assert.Equal(["WEB"], (await edited.ExpectAsync<ScopeIntegrationResponse>(HttpStatusCode.OK)).Projects);
        Assert.Equal(["WEB-1"], (await admin.GetWbsAsync(box.Id)).TaskKeys());

        using var removed = await admin.DeleteAsync($"/api/boxes/{box.Id}/scope/{integration.Id}", ct);
        await removed.ExpectAsync(HttpStatusCode.NoContent);
        Assert.Empty((await admin.GetWbsAsync(box.Id)).TaskKeys());
        Assert.Equal([ThreeSites.Alpha.Id, ThreeSites.Alpha.Id, ThreeSites.Alpha.Id], app.ScopeChanges.Changes);
    }
}
