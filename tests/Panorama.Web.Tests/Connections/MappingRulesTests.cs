using System.Net;
using System.Net.Http.Json;
using Panorama.Data.Audit;
using Panorama.Web.Connections;
using Panorama.Web.Tests.Auth;

namespace Panorama.Web.Tests.Connections;

/// <summary>Rules 9-13 through the API: every refused mapping is a 400 listing each broken rule by code and message.</summary>
public sealed class MappingRulesTests
{
    [Fact]
    public async Task NotSynchronized_ShouldBeRefusedForASecondary_AndAllowedForThePrimary()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var beta = await admin.ConnectAsync(jira["beta"], ct);
        var request = new FieldMappingRequest([new("progress", "notSynchronized", null)]);

        var refused = await admin.PutAsync<MappingProblem>($"/api/connections/{beta.Connection.Id}/field-mapping", request, HttpStatusCode.BadRequest, ct);
        var allowed = await admin.PutAsync<FieldMappingResponse>($"/api/connections/{alpha.Connection.Id}/field-mapping", request, HttpStatusCode.OK, ct);

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("not-synchronized-on-secondary", "progress"), (error.Code, error.Field));
        Assert.Contains("only the primary connection", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, refused.Detail);
        Assert.Equal(["progress"], allowed.Entries.Select(e => e.Field));
    }

    [Fact]
    public async Task TheSameFieldForStartAndEnd_ShouldBeRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        var beta = await admin.ConnectAsync(jira["beta"], ct, primary: false);
        var startDate = jira["beta"].State.FieldIds.StartDate;

        var refused = await admin.PutAsync<MappingProblem>($"/api/connections/{beta.Connection.Id}/field-mapping",
            new FieldMappingRequest([new("startDate", "twoWay", startDate), new("endDate", "readOnly", startDate)]), HttpStatusCode.BadRequest, ct);

        var error = Assert.Single(refused.Errors);
        Assert.Equal("same-field-twice", error.Code);
        Assert.Contains("must each map to a different field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATextFieldMappedToADate_ShouldBeRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        var beta = await admin.ConnectAsync(jira["beta"], ct, primary: false);

        var refused = await admin.PutAsync<MappingProblem>($"/api/connections/{beta.Connection.Id}/field-mapping",
            new FieldMappingRequest([new("startDate", "twoWay", "summary")]), HttpStatusCode.BadRequest, ct);

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("incompatible-field", "startDate"), (error.Code, error.Field));
        Assert.Contains("needs a date field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFieldMapping_ShouldBeSavedAndAudited_WithOldAndNewValues()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        var beta = await admin.ConnectAsync(jira["beta"], ct, primary: false);
        var ids = jira["beta"].State.FieldIds;

        var saved = await admin.PutAsync<FieldMappingResponse>($"/api/connections/{beta.Connection.Id}/field-mapping", new FieldMappingRequest(
        [
            new("startDate", "twoWay", ids.StartDate), new("endDate", "twoWay", "duedate"), new("storyPoints", "readOnly", ids.StoryPoints),
        ]), HttpStatusCode.OK, ct);
        var audited = Assert.Single(await app.AuditEntriesAsync(AuditActions.ConnectionFieldMappingChanged, ct));

        Assert.Contains(saved.Entries, e => e.Field == "startDate" && e.JiraFieldName == "Start date");
        Assert.Equal(["progress", "originalEstimate", "remainingEstimate", "baselineStart", "baselineEnd"], saved.Unmapped);
        Assert.Equal(app.AdminEmail, audited.ActorDisplay);
        Assert.Contains($"\"field\":\"startDate\",\"old\":null,\"new\":{{\"mode\":\"twoWay\",\"jiraFieldId\":\"{ids.StartDate}\"}}", audited.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkTypeMappedTwice_OrUsedByAStructureBuilder_ShouldBeRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var id = alpha.Connection.Id;
        var blocks = jira["alpha"].State.LinkTypes.Single(t => t.Name == "Blocks").Id;
        var relates = jira["alpha"].State.LinkTypes.Single(t => t.Name == "Relates").Id;

        var twice = await admin.PutAsync<MappingProblem>($"/api/connections/{id}/dependency-mapping", new DependencyMappingRequest(
        [
            new(blocks, "outward", "FS", "strong"), new(blocks, "inward", "SS", "soft"),
        ]), HttpStatusCode.BadRequest, ct);
        app.LinkTypes.Use(id, relates);
        var structure = await admin.PutAsync<MappingProblem>($"/api/connections/{id}/dependency-mapping", new DependencyMappingRequest(
        [
            new(relates, "outward", "SS", "soft"),
        ]), HttpStatusCode.BadRequest, ct);
        var saved = await admin.PutAsync<DependencyMappingResponse>($"/api/connections/{id}/dependency-mapping", new DependencyMappingRequest(
        [
            new(blocks, "outward", "FS", "strong"), new(relates, "outward", "SS", "soft", Synced: false),
        ]), HttpStatusCode.OK, ct);

        Assert.Equal(("link-type-mapped-twice", blocks), (Assert.Single(twice.Errors).Code, twice.Errors[0].LinkTypeId));
        Assert.Contains("'Blocks' is mapped 2 times", twice.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("link-type-used-by-structure", Assert.Single(structure.Errors).Code);
        Assert.Equal([relates], saved.LinkTypesUsedByStructure);
        Assert.Contains(saved.Entries, e => e.LinkTypeId == blocks && e is { LinkTypeName: "Blocks", Direction: "outward", Type: "FS", Strength: "strong", Synced: true });
        Assert.Single(await app.AuditEntriesAsync(AuditActions.ConnectionDependencyMappingChanged, ct));
    }

    [Fact]
    public async Task UnreadableEntries_ShouldBeRefused_NamingWhatIsAllowed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);

        var fields = await admin.PutAsync<MappingProblem>($"/api/connections/{alpha.Connection.Id}/field-mapping",
            new FieldMappingRequest([new("summary", "twoWay", "summary"), new("startDate", "sometimes", "duedate")]), HttpStatusCode.BadRequest, ct);
        var links = await admin.PutAsync<MappingProblem>($"/api/connections/{alpha.Connection.Id}/dependency-mapping",
            new DependencyMappingRequest([new("10000", "sideways", "FS", "strong"), new("10000", "outward", "XX", "strong")]), HttpStatusCode.BadRequest, ct);

        Assert.Equal(2, fields.Errors.Count);
        Assert.Contains("startDate, endDate", fields.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("twoWay, readOnly, notSynchronized", fields.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(2, links.Errors.Count);
    }

    [Fact]
    public async Task TheScreenCheck_ShouldNameAMappedFieldTakenOffTheEditScreen_WithTheFix()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha");
        var site = jira["alpha"];
        var project = site.State.ProjectKeys[0];
        app.Scopes.ForEveryConnection(project);
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(site, ct);

        var before = await admin.GetAsync<ScreenCheckResponse>($"/api/connections/{alpha.Connection.Id}/screen-check", ct);
        using var sim = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var screen = site.State.Screens()[project].Where(f => f != site.State.FieldIds.StartDate).ToArray();
        (await sim.PutAsJsonAsync("/_sim/screens", new Dictionary<string, string[]> { [project] = screen }, ct)).EnsureSuccessStatusCode();
        var after = await admin.GetAsync<ScreenCheckResponse>($"/api/connections/{alpha.Connection.Id}/screen-check", ct);

        Assert.Empty(before.Findings);
        Assert.NotEmpty(before.Checked);
        Assert.All(before.Checked, s => Assert.Equal(project, s.Project));
        Assert.NotEmpty(after.Findings);
        Assert.All(after.Findings, f => Assert.Equal((project, "startDate", site.State.FieldIds.StartDate, "Start date"), (f.Project, f.Field, f.JiraFieldId, f.JiraFieldName)));
        Assert.Equal(after.Checked.Select(c => c.IssueType).Order(), after.Findings.Select(f => f.IssueType).Order());
        Assert.Contains($"Add field {site.State.FieldIds.StartDate} (Start date) to the edit screen of project {project}", after.Findings[0].Fix, StringComparison.Ordinal);
        Assert.Contains("on site alpha", after.Findings[0].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScreenCheck_ShouldSayNothingIsInScope_AndCheckNamedProjectsOnRequest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct);
        var project = jira["alpha"].State.ProjectKeys[1];

        var nothing = await admin.GetAsync<ScreenCheckResponse>($"/api/connections/{alpha.Connection.Id}/screen-check", ct);
        var named = await admin.GetAsync<ScreenCheckResponse>($"/api/connections/{alpha.Connection.Id}/screen-check?projects={project}", ct);

        Assert.Empty(nothing.Checked);
        Assert.Contains("?projects=", Assert.Single(nothing.Notes), StringComparison.Ordinal);
        Assert.Equal([project], named.Projects);
        Assert.NotEmpty(named.Checked);
        Assert.Empty(named.Findings);
    }
}
