using System.Net;
using System.Text.Json;
using Panorama.Testing.Boxes;
using Panorama.Web.Boxes.Board;
using Panorama.Web.Boxes.Report;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Rule 15 (board grouping keeps two sites' statuses apart) and rule 16 (the task report) over HTTP.</summary>
public sealed class GroupingAndReportingTests
{
    [Fact]
    public async Task GroupingByStatus_ShouldKeepTwoSitesSameNamedStatusesApart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        var board = await admin.GetAsync<BoardResponse>($"/api/boxes/{box.Id}/board?groupBy=status");

        var inProgress = board.Groups.Where(g => g.Label == "In Progress").ToList();
        Assert.Equal([("alpha", "OPS-2"), ("beta", "BET-1"), ("gamma", "GAM-1")], inProgress.Select(g => (g.Site!, Assert.Single(g.Cards).Key)));
        Assert.Equal(3, inProgress.Select(g => g.Key).Distinct().Count());
        Assert.Equal(10, board.Groups.Sum(g => g.Count));
    }

    [Fact]
    public async Task GroupingByStatusCategory_ShouldMergeSites()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        var board = await admin.GetAsync<BoardResponse>($"/api/boxes/{box.Id}/board?groupBy=statusCategory");

        Assert.Equal(["To Do", "In Progress", "Done"], board.Groups.Select(g => g.Label));
        Assert.Equal(["OPS-2", "BET-1", "GAM-1"], board.Groups[1].Cards.Select(c => c.Key));
        Assert.All(board.Groups, g => Assert.Null(g.Site));
    }

    [Fact]
    public async Task GroupingByAssigneeOrANativeField_ShouldWork_AndCardsCarryTheCardView()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        var byPerson = await admin.GetAsync<BoardResponse>($"/api/boxes/{box.Id}/board?groupBy=assignee");
        Assert.Equal(["OPS-2", "BET-2"], Assert.Single(byPerson.Groups, g => g.Label == "Ada Lovelace").Cards.Select(c => c.Key));
        Assert.Equal("Unassigned", byPerson.Groups[^1].Label);
        Assert.Equal(["key", "summary", "assignee", "site", "endDate"], byPerson.Fields.Select(f => f.Field));

        var byTeam = await admin.GetAsync<BoardResponse>($"/api/boxes/{box.Id}/board?groupBy=beta:customfield_10104&limit=1");
        var red = Assert.Single(byTeam.Groups, g => g.Label == "Red");
        Assert.Equal((2, 1), (red.Count, red.Cards.Count));
        using var bad = await admin.GetAsync($"/api/boxes/{box.Id}/board?groupBy=delta:x", ct);
        Assert.Contains("Cannot group the board by 'delta:x'", await bad.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReport_ShouldOfferBuiltInAndPrimaryFields_AndRefuseASecondarysField()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        var report = await admin.GetAsync<ReportResponse>($"/api/boxes/{box.Id}/report?columns=key,site&columns=alpha:customfield_10016");
        Assert.Equal(["key", "site", "alpha:customfield_10016"], report.Columns);
        Assert.Equal(10, report.Rows.Count);
        Assert.Equal(["OPS-2", "alpha", "3"], report.Rows[1].Select(c => ((JsonElement)c!).ToString()));
        Assert.Null(report.Rows.Single(r => ((JsonElement)r[0]!).GetString() == "BET-1")[2]);

        using var secondary = await admin.GetAsync($"/api/boxes/{box.Id}/report?columns=key,beta:customfield_10104", ct);
        var detail = await secondary.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("belongs to the secondary site 'beta'", detail, StringComparison.Ordinal);
        Assert.Contains("primary site ('alpha')", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?format=csv", null)]
    [InlineData("", "text/csv")]
    public async Task TheReport_ShouldComeAsCsv_WhenAskedFor(string query, string? accept)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync("Launch 2026");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/boxes/{box.Id}/report{query}{(query.Length == 0 ? "?" : "&")}columns=key,summary,startDate");
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await admin.SendAsync(request, ct);

        var csv = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Launch-2026-report.csv", response.Content.Headers.ContentDisposition?.FileName);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("key,summary,startDate", lines[0]);
        Assert.Equal("OPS-2,Design the login,2026-01-05", lines[2]);
        Assert.Equal(11, lines.Length);
    }
}
