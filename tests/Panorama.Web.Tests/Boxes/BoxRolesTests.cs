using System.Net;
using Panorama.Testing.Boxes;
using Panorama.Web.Boxes.Hierarchy;
using Panorama.Web.Boxes.Members;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Box roles over HTTP: viewers read, editors change the plan, admins change members, scope and settings.</summary>
public sealed class BoxRolesTests
{
    private static readonly object SomeStructure = new { builders = new[] { new { kind = "project" } } };

    [Fact]
    public async Task AViewer_ShouldReadTheBox_ButNotChangeIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        using var viewer = await MemberAsync(app, admin, box.Id, "viewer@panorama.test", "viewer");

        await viewer.GetWbsAsync(box.Id);
        await viewer.GetAsync<object>($"/api/boxes/{box.Id}/gantt");
        await viewer.GetAsync<object>($"/api/boxes/{box.Id}/board");

        using var structure = await viewer.PutJsonAsync($"/api/boxes/{box.Id}/structure", SomeStructure);
        Assert.Contains("Editor role", await structure.ExpectProblemAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        using var task = await viewer.PostJsonAsync($"/api/boxes/{box.Id}/tasks", new { summary = "x", project = "OPS" });
        await task.ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var dependency = await viewer.PostJsonAsync("/api/dependencies",
            new { boxId = box.Id, predecessor = "alpha/OPS-2", successor = "alpha/OPS-4" });
        await dependency.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty(app.WriteBack.Requests);
    }

    [Fact]
    public async Task AnEditor_ShouldChangeStructureAndViews_ButNotMembersScopeOrSettings()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        using var editor = await MemberAsync(app, admin, box.Id, "editor@panorama.test", "editor");

        using var structure = await editor.PutJsonAsync($"/api/boxes/{box.Id}/structure", SomeStructure);
        await structure.ExpectAsync(HttpStatusCode.OK);
        using var views = await editor.PutJsonAsync($"/api/boxes/{box.Id}/views",
            new { columnViews = new[] { new { name = "Mine", columns = new[] { new { field = "key" } } } } });
        await views.ExpectAsync(HttpStatusCode.OK);

        await app.CreateUserAsync("someone@panorama.test", cancellationToken: ct);
        using var members = await editor.PostJsonAsync($"/api/boxes/{box.Id}/members", new { email = "someone@panorama.test", role = "viewer" });
        Assert.Contains("Admin role", await members.ExpectProblemAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);
        using var scope = await editor.PostJsonAsync($"/api/boxes/{box.Id}/scope", new { connection = "beta", projects = new[] { "X" } });
        await scope.ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var calendar = await editor.PutJsonAsync($"/api/boxes/{box.Id}/calendar", new { workingDays = new[] { "Mon" } });
        await calendar.ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var rename = await editor.PatchAsync($"/api/boxes/{box.Id}", System.Net.Http.Json.JsonContent.Create(new { name = "Mine" }), ct);
        await rename.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ARoleOnABox_ShouldApplyToItsSubBoxes_NotToTheBoxesAbove()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var portfolio = await admin.CreateBoxAsync("Portfolio", "Portfolio");
        var program = await admin.CreateBoxAsync("Program", "Program", portfolio.Id);
        var project = await admin.CreateBoxAsync("Project", "Project", program.Id);
        using var editor = await MemberAsync(app, admin, program.Id, "lead@panorama.test", "editor");

        using var onProject = await editor.PutJsonAsync($"/api/boxes/{project.Id}/structure", SomeStructure);
        await onProject.ExpectAsync(HttpStatusCode.OK);
        using var onPortfolio = await editor.GetAsync($"/api/boxes/{portfolio.Id}/wbs", ct);
        await onPortfolio.ExpectProblemAsync(HttpStatusCode.Forbidden);

        var listed = await editor.GetAsync<BoxListResponse>("/api/boxes");
        Assert.Equal([("Program", (Guid?)null, "editor"), ("Project", program.Id, "editor")], listed.Boxes.Select(b => (b.Name, b.ParentId, b.Role)));
        var members = await editor.GetAsync<MembersResponse>($"/api/boxes/{project.Id}/members");
        var inherited = Assert.Single(members.Members);
        Assert.True(inherited.Inherited);
        Assert.Equal("Program", inherited.BoxName);
    }

    [Fact]
    public async Task AnOutsider_ShouldNeitherSeeNorReadABox_AndAMissingBoxIs404()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        using var outsider = await app.CreateUserClientAsync("outsider@panorama.test", cancellationToken: ct);

        Assert.Empty((await outsider.GetAsync<BoxListResponse>("/api/boxes")).Boxes);
        using var get = await outsider.GetAsync($"/api/boxes/{box.Id}", ct);
        await get.ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var wbs = await outsider.GetAsync($"/api/boxes/{box.Id}/wbs", ct);
        await wbs.ExpectProblemAsync(HttpStatusCode.Forbidden);
        using var missing = await outsider.GetAsync($"/api/boxes/{Guid.NewGuid()}/wbs", ct);
        await missing.ExpectProblemAsync(HttpStatusCode.NotFound);
        using var dependencyInMissingBox = await outsider.PostJsonAsync("/api/dependencies",
            new { boxId = Guid.NewGuid(), predecessor = "alpha/OPS-2", successor = "alpha/OPS-4" });
        await dependencyInMissingBox.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABoxAdmin_ShouldManageMembersAndCreateSubBoxes_ButNotTopLevelBoxes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var program = await admin.CreateBoxAsync("Program", "Program");
        using var boxAdmin = await MemberAsync(app, admin, program.Id, "pmo@panorama.test", "admin");
        var colleague = await app.CreateUserAsync("colleague@panorama.test", cancellationToken: ct);

        var project = await boxAdmin.CreateBoxAsync("Project", "Project", program.Id);
        using var topLevel = await boxAdmin.PostJsonAsync("/api/boxes", new { name = "Mine", type = "Portfolio" });
        Assert.Contains("application administrators", await topLevel.ExpectProblemAsync(HttpStatusCode.Forbidden), StringComparison.Ordinal);

        using var added = await boxAdmin.PostJsonAsync($"/api/boxes/{project.Id}/members", new { email = "Colleague@panorama.test", role = "editor" });
        Assert.Equal("editor", (await added.ExpectAsync<MemberResponse>(HttpStatusCode.OK)).Role);
        using var changed = await boxAdmin.PutJsonAsync($"/api/boxes/{project.Id}/members/{colleague.Id}", new { role = "viewer" });
        Assert.Equal("viewer", (await changed.ExpectAsync<MemberResponse>(HttpStatusCode.OK)).Role);
        using var badRole = await boxAdmin.PutJsonAsync($"/api/boxes/{project.Id}/members/{colleague.Id}", new { role = "owner" });
        Assert.Contains("viewer, editor or admin", await badRole.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        using var removed = await boxAdmin.DeleteAsync($"/api/boxes/{project.Id}/members/{colleague.Id}", ct);
        await removed.ExpectAsync(HttpStatusCode.NoContent);

        using var colleagueClient = app.CreateBearerClient(colleague.ApiToken);
        using var afterRemoval = await colleagueClient.GetAsync($"/api/boxes/{project.Id}", ct);
        await afterRemoval.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>A new user given <paramref name="role"/> on a box by the administrator, as an API client.</summary>
    private static async Task<HttpClient> MemberAsync(BoxesAppFactory app, HttpClient admin, Guid box, string email, string role)
    {
        var user = await app.CreateUserAsync(email, cancellationToken: TestContext.Current.CancellationToken);
        using var response = await admin.PostJsonAsync($"/api/boxes/{box}/members", new { email, role });
        await response.ExpectAsync(HttpStatusCode.OK);
        return app.CreateBearerClient(user.ApiToken);
    }
}
