using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Connections;
using Panorama.Data;
using Panorama.Data.Connections;
using Panorama.Testing.Boxes;
using Panorama.Testing.Tasks;
using Panorama.Web.Boxes.Views;

namespace Panorama.Web.Tests.Boxes;

/// <summary>GET /api/boxes/{id}/fields: what the settings page offers for views and structure builders.</summary>
public sealed class ChoosingFieldsForViewsTests
{
    [Fact]
    public async Task TheCatalog_ShouldOfferBuiltInFieldsAndEachSitesDiscoveredFieldsAndLinkTypes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        await DiscoverAsync(app, ThreeSites.Beta.Id, ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        var catalog = await admin.GetAsync<FieldCatalogResponse>($"/api/boxes/{box.Id}/fields");

        Assert.Equal(["alpha", "beta", "gamma"], catalog.Sites.Select(s => s.Site)); // the primary site first
        var beta = catalog.Sites.Single(s => s.Site == "beta");
        Assert.Equal([("customfield_10104", "Team", "beta:customfield_10104")], beta.Fields.Select(f => (f.Id, f.Name, f.Field)));
        Assert.Equal(["20000"], beta.LinkTypes.Select(t => t.Id));
        Assert.Empty(catalog.Sites.Single(s => s.Site == "alpha").Fields); // never discovered: nothing to offer, and no call to Jira
        Assert.Equal(["none", "min", "max", "count"], catalog.BuiltIn.Single(f => f.Name == "startDate").Aggregations);
        Assert.Equal(["none", "count"], catalog.BuiltIn.Single(f => f.Name == "summary").Aggregations);
    }

    [Fact]
    public async Task EveryAggregationTheCatalogOffers_ShouldBeAcceptedByTheViewsApi()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        var catalog = await admin.GetAsync<FieldCatalogResponse>($"/api/boxes/{box.Id}/fields");

        var offered = catalog.BuiltIn.SelectMany(f => f.Aggregations.Select(a => (Field: f.Name, Aggregation: a))).ToList();
        foreach (var aggregation in offered.Select(o => o.Aggregation).Distinct())
        {
            var columns = offered.Where(o => o.Aggregation == aggregation).Select(o => new { field = o.Field, aggregation }).ToArray();
            using var put = await admin.PutJsonAsync($"/api/boxes/{box.Id}/views", new { columnViews = new[] { new { name = aggregation, columns } } });
            await put.ExpectAsync(HttpStatusCode.OK);
        }

        var notOffered = new { field = "summary", aggregation = "sum" };
        using var refused = await admin.PutJsonAsync($"/api/boxes/{box.Id}/views", new { columnViews = new[] { new { name = "Bad", columns = new[] { notOffered } } } });
        Assert.Contains("does not apply to summary", await refused.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    /// <summary>What a refresh of the connection would store: beta's team field and its Blocks link type.</summary>
    private static async Task DiscoverAsync(BoxesAppFactory app, Guid connectionId, CancellationToken ct)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(ct);
        var connection = await db.Connections.SingleAsync(c => c.Id == connectionId, ct);
        connection.WriteFields([new JiraFieldInfo("customfield_10104", "Team", true, "option")]);
        connection.WriteLinkTypes([new JiraLinkTypeInfo(ThreeSites.BetaBlocks, "Blocks", "is blocked by", "blocks")]);
        connection.FieldsRefreshedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
    }
}
