using System.Net;
using Panorama.Data.Audit;
using Panorama.Testing.Boxes;
using Panorama.Testing.Web;
using Panorama.Web.Boxes.Hierarchy;
using Panorama.Web.Tests.Auth;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Creating, renaming, moving, archiving and deleting boxes; box types.</summary>
public sealed class ManagingTheBoxHierarchyTests
{
    [Fact]
    public async Task Boxes_ShouldBeListedInTreeOrder_WithTheirTypesPeriodsAndParents()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var portfolio = await admin.CreateBoxAsync("Portfolio 2026", "Portfolio");
        var program = await admin.CreateBoxAsync("Web program", "program", portfolio.Id);
        using var created = await admin.PostJsonAsync("/api/boxes", new { name = "Sprint 1", type = "Iteration", parentId = program.Id, periodStart = "2026-01-05", periodEnd = "2026-01-16" });
        var sprint = await created.ExpectAsync<BoxResponse>(HttpStatusCode.Created);
        await admin.CreateBoxAsync("Another portfolio", "Portfolio");

        var list = await admin.GetAsync<BoxListResponse>("/api/boxes");

        Assert.Equal(["Another portfolio", "Portfolio 2026", "Web program", "Sprint 1"], list.Boxes.Select(b => b.Name));
        Assert.Equal("Program", list.Boxes[2].Type);
        Assert.Equal(program.Id, list.Boxes[3].ParentId);
        Assert.Equal((new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 16)), (sprint.PeriodStart!.Value, sprint.PeriodEnd!.Value));
        Assert.All(list.Boxes, b => Assert.Equal("admin", b.Role));
    }

    [Fact]
    public async Task RenamingRetypingAndChangingThePeriod_ShouldBeSavedAndAudited()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Web");

        using var response = await admin.PatchAsync($"/api/boxes/{box.Id}", System.Net.Http.Json.JsonContent.Create(
            new { name = "Web relaunch", type = "Program", period = new { start = "2026-02-01", end = "2026-06-30" } }), ct);

        var updated = await response.ExpectAsync<BoxResponse>(HttpStatusCode.OK);
        Assert.Equal(("Web relaunch", "Program", new DateOnly(2026, 6, 30)), (updated.Name, updated.Type, updated.PeriodEnd!.Value));
        Assert.True(updated.Revision > box.Revision);
        var audited = Assert.Single(await app.AuditEntriesAsync("box.updated", ct));
        Assert.Contains("Web relaunch", audited.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"period\":{\"start\":\"2026-03-01\",\"end\":\"2026-02-01\"}}", "ends (2026-02-01) before it starts")]
    [InlineData("{\"type\":\"Release\"}", "Box type 'Release' is not defined")]
    [InlineData("{\"name\":\"   \"}", "needs a name of 1 to 200 characters")]
    public async Task AnInvalidChange_ShouldBeRefusedSayingWhatToDo(string body, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Web");

        using var response = await admin.PatchAsync($"/api/boxes/{box.Id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), ct);

        Assert.Contains(expected, await response.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidRequestBody_ShouldGetValidationErrorsAndADetail()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        using var response = await admin.PostJsonAsync("/api/boxes", new { name = new string('x', 201) });

        var detail = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("errors", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovingABoxIntoItsOwnSubtree_ShouldBeRefusedNamingThePath()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var portfolio = await admin.CreateBoxAsync("Portfolio", "Portfolio");
        var program = await admin.CreateBoxAsync("Program", "Program", portfolio.Id);
        var project = await admin.CreateBoxAsync("Project", "Project", program.Id);

        using var refused = await admin.PostJsonAsync($"/api/boxes/{portfolio.Id}/move", new { parentId = project.Id });
        Assert.Contains("would make a cycle", await refused.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);

        using var moved = await admin.PostJsonAsync($"/api/boxes/{project.Id}/move", new { parentId = portfolio.Id });
        Assert.Equal(portfolio.Id, (await moved.ExpectAsync<BoxResponse>(HttpStatusCode.OK)).ParentId);
    }

    [Fact]
    public async Task ArchivingABox_ShouldArchiveItsSubBoxes_HideThem_AndRestoreBringsThemBack()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var program = await admin.CreateBoxAsync("Program", "Program");
        var project = await admin.CreateBoxAsync("Project", "Project", program.Id);

        using var archived = await admin.PostAsync($"/api/boxes/{program.Id}/archive", null, ct);
        await archived.ExpectAsync(HttpStatusCode.OK);
        Assert.Empty((await admin.GetAsync<BoxListResponse>("/api/boxes")).Boxes);
        var all = await admin.GetAsync<BoxListResponse>("/api/boxes?includeArchived=true");
        Assert.All(all.Boxes, b => Assert.True(b.Archived));
        using var renameArchived = await admin.PatchAsync($"/api/boxes/{project.Id}", System.Net.Http.Json.JsonContent.Create(new { name = "x" }), ct);
        Assert.Contains("archived", await renameArchived.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);

        using var restored = await admin.PostAsync($"/api/boxes/{program.Id}/restore", null, ct);
        await restored.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, (await admin.GetAsync<BoxListResponse>("/api/boxes")).Boxes.Count);
    }

    [Fact]
    public async Task OnlyAnEmptyBox_ShouldBeDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var program = await admin.CreateBoxAsync("Program", "Program");
        var project = await admin.CreateBoxAsync("Project", "Project", program.Id);
        var integration = await admin.AddIntegrationAsync(project.Id, "alpha", ["OPS"]);

        using var withSubBoxes = await admin.DeleteAsync($"/api/boxes/{program.Id}", ct);
        Assert.Contains("sub-boxes", await withSubBoxes.ExpectProblemAsync(HttpStatusCode.Conflict), StringComparison.Ordinal);
        using var withScope = await admin.DeleteAsync($"/api/boxes/{project.Id}", ct);
        Assert.Contains("integrations", await withScope.ExpectProblemAsync(HttpStatusCode.Conflict), StringComparison.Ordinal);

        (await admin.DeleteAsync($"/api/boxes/{project.Id}/scope/{integration.Id}", ct)).Dispose();
        using var deleted = await admin.DeleteAsync($"/api/boxes/{project.Id}", ct);
        await deleted.ExpectAsync(HttpStatusCode.NoContent);
        using var gone = await admin.GetAsync($"/api/boxes/{project.Id}", ct);
        await gone.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AdministratorDefinedTypes_ShouldBeUsable_AndRemovableOnlyWhenUnused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        using var user = await app.CreateUserClientAsync("pm@panorama.test", cancellationToken: ct);

        using var byUser = await user.PostJsonAsync("/api/box-types", new { name = "Release" });
        await byUser.ExpectAsync(HttpStatusCode.Forbidden);
        using var defined = await admin.PostJsonAsync("/api/box-types", new { name = "Release" });
        await defined.ExpectAsync(HttpStatusCode.Created);
        using var builtIn = await admin.PostJsonAsync("/api/box-types", new { name = "program" });
        Assert.Contains("built-in", await builtIn.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var types = await user.GetAsync<BoxTypeResponse[]>("/api/box-types");
        Assert.Equal(["Portfolio", "Program", "Project", "Iteration", "Release"], types.Select(t => t.Name));

        var release = await admin.CreateBoxAsync("2026.1", "release");
        Assert.Equal("Release", release.Type);
        using var inUse = await admin.DeleteAsync("/api/box-types/Release", ct);
        await inUse.ExpectProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task GettingABox_ShouldShowItsPathSitesTaskCountAndAStaleSiteWarning()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var portfolio = await admin.CreateBoxAsync("Portfolio", "Portfolio");
        var program = await admin.CreateBoxAsync("Launch", "Program", portfolio.Id);
        await admin.AddIntegrationAsync(program.Id, "alpha", ["OPS"]);
        await admin.AddIntegrationAsync(program.Id, "gamma", ["GAM"]);

        var details = await admin.GetAsync<BoxDetailsResponse>($"/api/boxes/{program.Id}");

        Assert.Equal(["Portfolio", "Launch"], details.Path.Select(p => p.Name));
        Assert.Equal(6, details.TaskCount);
        Assert.Equal([("alpha", false), ("gamma", true)], details.Sites.Select(s => (s.Name, s.Stale)));
        var warning = Assert.Single(details.Warnings);
        Assert.Contains("Site 'gamma' is invalid", warning, StringComparison.Ordinal);
    }
}
