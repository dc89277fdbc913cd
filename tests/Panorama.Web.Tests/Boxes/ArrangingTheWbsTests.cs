using System.Net;
using Panorama.Testing.Boxes;
using Panorama.Web.Boxes.Structure;
using Panorama.Web.Boxes.Wbs;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Structure builders over HTTP (rule 8, SPEC 3.4, rule 13) and the preview.</summary>
public sealed class ArrangingTheWbsTests
{
    [Fact]
    public async Task TheDefaultStructure_ShouldGroupByProjectThenHangStoriesUnderTheirEpic()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        var wbs = await admin.GetWbsAsync(box.Id);

        Assert.Equal(10 + 4, wbs.Total);
        Assert.Equal(["OPS", "WEB", "BET", "GAM"], wbs.Rows.Where(r => r.Depth == 0).Select(r => r.Label));
        var ops1 = Row(wbs, "OPS-1");
        Assert.Equal((1, 2), (ops1.Depth, ops1.ChildCount));
        Assert.Equal(ops1.Index, Row(wbs, "OPS-2").Parent);
        Assert.True((await admin.GetAsync<StructureResponse>($"/api/boxes/{box.Id}/structure")).IsDefault);
    }

    [Fact]
    public async Task ABuilderLimitedToOneConnection_ShouldArrangeOnlyThatSitesTasks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var put = await admin.PutJsonAsync($"/api/boxes/{box.Id}/structure", new
        {
            builders = new object[]
            {
                new { kind = "groupBy", connection = "beta", fields = new[] { "beta:customfield_10104" } },
                new { kind = "project" },
            },
        });
        var saved = await put.ExpectAsync<StructureResponse>(HttpStatusCode.OK);
        Assert.Equal(("groupBy", "beta", "beta:customfield_10104"), (saved.Builders[0].Kind, saved.Builders[0].Site, saved.Builders[0].Fields![0]));

        var wbs = await admin.GetWbsAsync(box.Id, "?limit=1000");
        var red = Assert.Single(wbs.Rows, r => r is { Depth: 0, Kind: "group", Label: "Red" });
        Assert.Equal(["BET-1", "BET-3"], Subtree(wbs, red).Where(r => r.Task is not null).Select(r => r.Task!.Key));
        Assert.Equal("BET", Subtree(wbs, red).First().Label);
        var ops = Assert.Single(wbs.Rows, r => r is { Depth: 0, Kind: "project", Label: "OPS" });
        Assert.Equal(["OPS-1", "OPS-2", "OPS-3", "OPS-4"], Subtree(wbs, ops).Select(r => r.Task!.Key));
    }

    [Fact]
    public async Task ALinkHierarchy_ShouldUseAnUnmappedLinkType_AndRefuseOneTheDependencyMappingUses()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var refused = await admin.PutJsonAsync($"/api/boxes/{box.Id}/structure",
            new { builders = new[] { new { kind = "linkHierarchy", connection = "alpha", linkType = "10000", parentSide = "from" } } });
        Assert.Contains("dependency mapping already uses", await refused.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);

        using var accepted = await admin.PutJsonAsync($"/api/boxes/{box.Id}/structure",
            new { builders = new[] { new { kind = "linkHierarchy", connection = "alpha", linkType = "10003", parentSide = "from" } } });
        await accepted.ExpectAsync(HttpStatusCode.OK);
        var wbs = await admin.GetWbsAsync(box.Id);
        Assert.Equal(Row(wbs, "OPS-3").Index, Row(wbs, "OPS-4").Parent);
    }

    [Theory]
    [InlineData("{\"builders\":[{\"kind\":\"byMagic\"}]}", "'byMagic' is not a kind of structure builder")]
    [InlineData("{\"builders\":[{\"kind\":\"linkHierarchy\",\"linkType\":\"10003\"}]}", "needs a connection")]
    [InlineData("{\"builders\":[{\"kind\":\"groupBy\",\"fields\":[\"delta:customfield_1\"]}]}", "'delta' is not a connected site")]
    [InlineData("{\"builders\":[{\"kind\":\"groupBy\",\"fields\":[\"alpha:customfield_1\",\"alpha:customfield_2\"]}]}", "two fields of one site")]
    public async Task AnInvalidStructure_ShouldBeRefusedNamingTheBuilder(string body, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var response = await admin.PutAsync($"/api/boxes/{box.Id}/structure", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), ct);

        Assert.Contains(expected, await response.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APreview_ShouldBuildTheWbsFromPostedBuilders_WithoutSavingThem()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var response = await admin.PostJsonAsync($"/api/boxes/{box.Id}/structure/preview",
            new { builders = new[] { new { kind = "groupBy", fields = new[] { "statusCategory" } } }, limit = 50 });

        var preview = await response.ExpectAsync<StructurePreviewResponse>(HttpStatusCode.OK);
        Assert.Equal(["To Do", "In Progress", "Done"], preview.Rows.Where(r => r.Depth == 0).Select(r => r.Label));
        Assert.Equal(3 + 10, preview.Total);
        Assert.Contains(preview.Rows, r => r.Kind == "task" && r.Site == "beta");
        Assert.True((await admin.GetAsync<StructureResponse>($"/api/boxes/{box.Id}/structure")).IsDefault);
        Assert.Equal(["OPS", "WEB", "BET", "GAM"], (await admin.GetWbsAsync(box.Id)).Rows.Where(r => r.Depth == 0).Select(r => r.Label));
    }

    [Fact]
    public async Task TheBoxStructureBuilder_ShouldShowSubBoxesHoldingTheirScopesTasks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var program = await admin.CreateThreeSiteBoxAsync();
        var web = await admin.CreateBoxAsync("Web team", "Project", program.Id);
        await admin.AddIntegrationAsync(web.Id, "alpha", ["WEB"]);
        var builders = new { builders = new[] { new { kind = "boxes" } } };

        using var preview = await admin.PostJsonAsync($"/api/boxes/{program.Id}/structure/preview", builders);
        var rows = (await preview.ExpectAsync<StructurePreviewResponse>(HttpStatusCode.OK)).Rows;
        Assert.Equal(("box", "Web team"), (rows[0].Kind, rows[0].Label));
        Assert.Equal("WEB-1 Refresh the landing page", rows[1].Label);

        using var put = await admin.PutJsonAsync($"/api/boxes/{program.Id}/structure", builders);
        await put.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Web team", (await admin.GetWbsAsync(program.Id)).Rows[0].Label);
        await admin.AddIntegrationAsync(web.Id, "beta", ["BET"]);
        Assert.Equal(4, (await admin.GetWbsAsync(program.Id)).Rows[0].DescendantCount);
    }

    private static WbsRowResponse Row(WbsResponse wbs, string key) => Assert.Single(wbs.Rows, r => r.Task?.Key == key);

    private static IEnumerable<WbsRowResponse> Subtree(WbsResponse wbs, WbsRowResponse row) => wbs.Rows.Skip(row.Index + 1).Take(row.DescendantCount);
}
