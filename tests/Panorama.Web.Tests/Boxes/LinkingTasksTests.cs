using System.Net;
using Panorama.Core.WriteBack;
using Panorama.Testing.Boxes;
using Panorama.Web.Boxes.Dependencies;
using Panorama.Web.Boxes.Gantt;
using static Panorama.Testing.Tasks.ThreeSites;
using static Panorama.Web.Tests.Boxes.BoxApi;

namespace Panorama.Web.Tests.Boxes;

/// <summary>SPEC 3.3 over HTTP: synced dependencies become Jira links, the others are app-only; cycles are refused.</summary>
public sealed class LinkingTasksTests
{
    [Fact]
    public async Task ADependencyWithinOneSite_WithAMappedLinkType_ShouldBecomeAJiraLink()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var response = await admin.PostJsonAsync("/api/dependencies",
            new { boxId = box.Id, predecessor = "alpha/OPS-2", successor = $"{Alpha.Id}/{Ops4}", type = "FS" });

        var created = await response.ExpectAsync<DependencyResponse>(HttpStatusCode.Accepted);
        Assert.Equal(("synced", AlphaBlocks), (created.Origin, created.LinkType));
        Assert.Equal($"/api/changes/{created.ChangeId}", response.Headers.Location?.OriginalString);
        Assert.Equal(new CreateIssueLink(Alpha.Id, AlphaBlocks, Ops2, Ops4), Assert.Single(app.WriteBack.Operations));
    }

    [Theory]
    [InlineData("alpha/OPS-3", "beta/BET-3", "FS", 0, "strong")]
    [InlineData("gamma/GAM-1", "gamma/GAM-2", "FS", 0, "strong")]
    [InlineData("alpha/OPS-2", "alpha/OPS-4", "SS", 0, "strong")]
    [InlineData("alpha/OPS-2", "alpha/OPS-4", "FS", 2, "strong")]
    [InlineData("alpha/OPS-2", "alpha/OPS-4", "FS", 0, "soft")]
    public async Task ADependencyNoJiraLinkCanCarry_ShouldBeAppOnly(string from, string to, string type, int lag, string strength)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var response = await admin.PostJsonAsync("/api/dependencies", new { boxId = box.Id, predecessor = from, successor = to, type, lag, strength });

        var created = await response.ExpectAsync<DependencyResponse>(HttpStatusCode.Created);
        Assert.Equal("appOnly", created.Origin);
        Assert.Empty(app.WriteBack.Requests);
        var gantt = await admin.GetAsync<GanttResponse>($"/api/boxes/{box.Id}/gantt");
        var shown = Assert.Single(gantt.Dependencies, d => d.Id == created.Id);
        Assert.Equal((type, lag, strength), (shown.Type, shown.Lag, shown.Strength));
    }

    [Fact]
    public async Task AStrongDependencyClosingACycle_ShouldBeRefusedNamingTheCycle()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        (await admin.PostJsonAsync("/api/dependencies", new { boxId = box.Id, predecessor = "alpha/OPS-3", successor = "beta/BET-3" })).Dispose();

        using var cycle = await admin.PostJsonAsync("/api/dependencies", new { boxId = box.Id, predecessor = "beta/BET-3", successor = "alpha/OPS-2" });

        var detail = await cycle.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("would close a cycle", detail, StringComparison.Ordinal);
        foreach (var task in new[] { "'alpha OPS-2'", "'alpha OPS-3'", "'beta BET-3'" })
        {
            Assert.Contains(task, detail, StringComparison.Ordinal);
        }

        using var soft = await admin.PostJsonAsync("/api/dependencies", new { boxId = box.Id, predecessor = "beta/BET-3", successor = "alpha/OPS-2", strength = "soft" });
        await soft.ExpectAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("alpha/OPS-9", "alpha/OPS-2", HttpStatusCode.NotFound, "is not a task of this box")]
    [InlineData("alpha/OPS-2", "alpha/OPS-2", HttpStatusCode.BadRequest, "cannot depend on itself")]
    [InlineData("alpha/OPS-2", "alpha/OPS-3", HttpStatusCode.Conflict, "already exists")]
    public async Task AnImpossibleDependency_ShouldBeRefusedSayingWhy(string from, string to, HttpStatusCode status, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var response = await admin.PostJsonAsync("/api/dependencies", new { boxId = box.Id, predecessor = from, successor = to });

        Assert.Contains(expected, await response.ExpectProblemAsync(status), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingASyncedDependency_ShouldDeleteTheJiraLink_AndAnAppOnlyOneAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        using var created = await admin.PostJsonAsync("/api/dependencies", new { boxId = box.Id, predecessor = "alpha/OPS-3", successor = "beta/BET-3" });
        var appOnly = await created.ExpectAsync<DependencyResponse>(HttpStatusCode.Created);

        using var synced = await admin.DeleteAsync($"/api/dependencies/link:{Alpha.Id:N}:1001?boxId={box.Id}", ct);
        await synced.ExpectAsync(HttpStatusCode.Accepted);
        Assert.Equal(new DeleteIssueLink(Alpha.Id, 1001), Assert.Single(app.WriteBack.Operations));

        using var local = await admin.DeleteAsync($"/api/dependencies/{appOnly.Id}?boxId={box.Id}", ct);
        await local.ExpectAsync(HttpStatusCode.NoContent);
        var gantt = await admin.GetAsync<GanttResponse>($"/api/boxes/{box.Id}/gantt");
        Assert.DoesNotContain(gantt.Dependencies, d => d.Id == appOnly.Id);
        using var again = await admin.DeleteAsync($"/api/dependencies/{appOnly.Id}?boxId={box.Id}", ct);
        await again.ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(gantt.Dependencies, d => d.From == TaskId(Alpha.Id, Ops2));
    }
}
