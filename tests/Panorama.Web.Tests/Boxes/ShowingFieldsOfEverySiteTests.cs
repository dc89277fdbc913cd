using System.Net;
using System.Text.Json;
using Panorama.Testing.Boxes;
using Panorama.Web.Boxes.Views;
using Panorama.Web.Boxes.Wbs;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Rule 7 over HTTP: column views with fields of every site, aggregated parent rows, paging.</summary>
public sealed class ShowingFieldsOfEverySiteTests
{
    private static readonly object TwoSiteView = new
    {
        columnViews = new[]
        {
            new
            {
                name = "Across sites",
                columns = new object[]
                {
                    new { field = "key" },
                    new { field = "alpha:customfield_10016", aggregation = "sum" },
                    new { field = "beta:customfield_10104" },
                    new { field = "startDate", aggregation = "min" },
                    new { field = "endDate", aggregation = "max" },
                    new { field = "site" },
                },
            },
        },
    };

    [Fact]
    public async Task NativeFieldsOfTwoSites_ShouldShowInOneView_EmptyForTheOtherSitesTasks()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        using var put = await admin.PutJsonAsync($"/api/boxes/{box.Id}/views", TwoSiteView);
        var views = await put.ExpectAsync<ViewsResponse>(HttpStatusCode.OK);
        Assert.False(views.ColumnViewsAreDefaults);
        Assert.True(views.CardViewsAreDefaults);

        var wbs = await admin.GetWbsAsync(box.Id, "?view=across%20sites");

        Assert.Equal("Across sites", wbs.View);
        Assert.Equal(["key", "alpha:customfield_10016", "beta:customfield_10104", "startDate", "endDate", "site"], wbs.Columns.Select(c => c.Field));
        Assert.Equal(["3", "null", "2026-01-05", "alpha"], Cells(Row(wbs, "OPS-2"), 1, 2, 3, 5));
        Assert.Equal(["null", "Red", "2026-01-05", "beta"], Cells(Row(wbs, "BET-1"), 1, 2, 3, 5));
        var betaTask = Row(wbs, "BET-1").Task!;
        Assert.Equal(("beta", false, false), (betaTask.Site, betaTask.Primary, betaTask.Stale));
        Assert.True(Row(wbs, "GAM-1").Task!.Stale);
    }

    [Fact]
    public async Task ParentRows_ShouldAggregateTheirSubtree()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        (await admin.PutJsonAsync($"/api/boxes/{box.Id}/views", TwoSiteView)).Dispose();

        var wbs = await admin.GetWbsAsync(box.Id);

        var epic = Row(wbs, "OPS-1");
        Assert.Equal(["21", "2026-01-05", "2026-01-16"], Cells(epic, 1, 3, 4));
        Assert.Equal((new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 16), 3), (epic.Summary!.Start!.Value, epic.Summary.End!.Value, epic.Summary.TaskCount));

        // Progress weighted by original estimate: (50 x 8h + 0 x 16h) / 24h.
        Assert.Equal(50.0 * 8 / 24, epic.Summary.Progress!.Value, 6);
        var ops = Assert.Single(wbs.Rows, r => r.Kind == "project" && r.Label == "OPS");
        Assert.Equal("23", Cells(ops, 1)[0]);
        Assert.Null(Row(wbs, "OPS-2").Summary);
    }

    [Fact]
    public async Task TheWbs_ShouldBeServedPageByPage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        var all = await admin.GetWbsAsync(box.Id);

        var page = await admin.GetWbsAsync(box.Id, "?offset=3&limit=4");

        Assert.Equal((14, 3, 4), (page.Total, page.Offset, page.Rows.Count));
        Assert.Equal(all.Rows.Skip(3).Take(4).Select(r => (r.Index, r.Label, r.Depth)), page.Rows.Select(r => (r.Index, r.Label, r.Depth)));
        Assert.Empty((await admin.GetWbsAsync(box.Id, "?offset=100")).Rows);
        using var tooMany = await admin.GetAsync($"/api/boxes/{box.Id}/wbs?limit=5000", ct);
        Assert.Contains("limit from 1 to 1000", await tooMany.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        using var noView = await admin.GetAsync($"/api/boxes/{box.Id}/wbs?view=Nope", ct);
        Assert.Contains("Default", await noView.ExpectProblemAsync(HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABox_ShouldStartWithItsTypesDefaultViews_AndRefuseAnAggregationThatDoesNotApply()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Sprint", "Iteration");

        var views = await admin.GetAsync<ViewsResponse>($"/api/boxes/{box.Id}/views");
        Assert.True(views.ColumnViewsAreDefaults);
        Assert.Contains(views.ColumnViews[0].Columns, c => c is { Field: "storyPoints", Aggregation: "sum" });

        using var refused = await admin.PutJsonAsync($"/api/boxes/{box.Id}/views",
            new { columnViews = new[] { new { name = "Bad", columns = new[] { new { field = "summary", aggregation = "sum" } } } } });
        Assert.Contains("Sum does not apply to summary", await refused.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        using var cards = await admin.PutJsonAsync($"/api/boxes/{box.Id}/views",
            new { cardViews = new[] { new { name = "Cards", columns = new[] { new { field = "startDate", aggregation = "min" } } } } });
        Assert.Contains("Card views do not aggregate", await cards.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    private static WbsRowResponse Row(WbsResponse wbs, string key) => Assert.Single(wbs.Rows, r => r.Task?.Key == key);

    private static string[] Cells(WbsRowResponse row, params int[] columns) =>
        [.. columns.Select(c => row.Cells[c] is JsonElement { ValueKind: JsonValueKind.String } s ? s.GetString()! : row.Cells[c]?.ToString() ?? "null")];
}
