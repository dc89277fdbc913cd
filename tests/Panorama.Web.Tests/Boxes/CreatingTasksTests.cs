using System.Net;
using Panorama.Core.Fields;
using Panorama.Core.WriteBack;
using Panorama.Testing.Boxes;
using Panorama.Web.Boxes.Tasks;
using static Panorama.Testing.Tasks.ThreeSites;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Rule 14 over HTTP: a task is created in the primary site only, through the write-back outbox.</summary>
public sealed class CreatingTasksTests
{
    [Fact]
    public async Task ATask_ShouldBeCreatedInThePrimarySite_ThroughTheOutbox()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var response = await admin.PostJsonAsync($"/api/boxes/{box.Id}/tasks",
            new { summary = "Add single sign-on", project = "ops", issueType = "Story", startDate = "2026-02-02", endDate = "2026-02-06", parent = "OPS-1" });

        var created = await response.ExpectAsync<CreateTaskResponse>(HttpStatusCode.Accepted);
        Assert.Equal($"/api/changes/{created.ChangeId}", response.Headers.Location?.OriginalString);
        Assert.Equal(("alpha", "OPS", "pending"), (created.Site, created.Project, created.State));
        var operation = Assert.IsType<CreateIssue>(Assert.Single(app.WriteBack.Operations));
        Assert.Equal((Alpha.Id, "OPS", "Story", "Add single sign-on", "OPS-1", (Guid?)box.Id),
            (operation.ConnectionId, operation.ProjectKey, operation.IssueTypeName, operation.Summary, operation.ParentIssueKey, operation.BoxId));
        Assert.Equal([new FieldEdit(BuiltInField.StartDate, "2026-02-02"), new FieldEdit(BuiltInField.EndDate, "2026-02-06")], operation.Edits);
        Assert.Equal("admin@panorama.test", Assert.Single(app.WriteBack.Actors).Display);
    }

    [Fact]
    public async Task ATaskInASecondarySite_ShouldBeRefusedSayingTasksAreCreatedInThePrimaryOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var response = await admin.PostJsonAsync($"/api/boxes/{box.Id}/tasks", new { summary = "Install", project = "BET", connection = "beta" });

        var detail = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Tasks are created in the primary site only: 'beta' is a secondary site", detail, StringComparison.Ordinal);
        Assert.Empty(app.WriteBack.Requests);
    }

    [Theory]
    [InlineData("{\"summary\":\"x\",\"project\":\"HR\"}", "Project 'HR' is not in this box's scope on 'alpha'")]
    [InlineData("{\"summary\":\"x\",\"project\":\"OPS\",\"startDate\":\"2026-02-06\",\"endDate\":\"2026-02-02\"}", "ends (2026-02-02) before it starts")]
    [InlineData("{\"project\":\"OPS\"}", "errors")]
    public async Task AnInvalidTask_ShouldBeRefusedSayingWhatToFix(string body, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var response = await admin.PostAsync($"/api/boxes/{box.Id}/tasks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), ct);

        Assert.Contains(expected, await response.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Empty(app.WriteBack.Requests);
    }

    [Fact]
    public async Task AChangeTheOutboxRefuses_ShouldBeAnswered409WithItsReason()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        app.WriteBack.RefuseWith = "Field customfield_10015 (Start date) is not on the create screen of project OPS on site alpha.";

        using var response = await admin.PostJsonAsync($"/api/boxes/{box.Id}/tasks", new { summary = "x", project = "OPS", startDate = "2026-02-02" });

        Assert.Contains("not on the create screen", await response.ExpectProblemAsync(HttpStatusCode.Conflict), StringComparison.Ordinal);
    }
}
