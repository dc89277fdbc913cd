using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Panorama.JiraSim;
using Panorama.Web.Boxes.Board;
using Panorama.Web.Boxes.Wbs;
using Panorama.Web.Tests.Boxes;
using Panorama.Web.Tests.Connections;

namespace Panorama.Web.Tests.Planning;

/// <summary>
/// Rules 7, 8, 15 and 16 with nothing faked but Jira: two simulated sites (alpha primary, beta secondary) connected
/// over HTTP, a box whose scope takes every project of both, the sync engine importing them; the expectations come
/// from the simulators' own state, so they hold whatever the seed generated.
/// </summary>
public sealed class BoxRulesAcrossLiveSitesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AColumnView_ShouldShowASecondarySitesNativeField_ForItsTasksOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var live = await LiveBox.StartAsync(ct);
        var points = live.Beta.State.FieldIds.StoryPoints;
        using var put = await live.Admin.PutJsonAsync($"/api/boxes/{live.BoxId}/views", new
        {
            columnViews = new[] { new { name = "Points", columns = new object[] { new { field = "key" }, new { field = $"beta:{points}" }, new { field = "site" } } } },
        });
        await put.ExpectAsync(HttpStatusCode.OK);

        var rows = (await live.Admin.GetWbsAsync(live.BoxId, "?view=Points&limit=1000")).Rows.Where(r => r.Task is not null).ToList();

        Assert.Equal(live.Alpha.State.Issues().Count + live.Beta.State.Issues().Count, rows.Count);
        Assert.All(rows.Where(r => r.Task!.Site == "alpha"), r => Assert.Null(Number(r.Cells[1])));
        var beta = rows.Where(r => r.Task!.Site == "beta").ToList();
        Assert.Equal(beta.Select(r => live.Beta.State.Issue(r.Task!.Key)!.StoryPoints), beta.Select(r => Number(r.Cells[1])));
        Assert.Contains(beta, r => Number(r.Cells[1]) is not null);
    }

    [Fact]
    public async Task StructureBuilders_ShouldPlaceEachTaskOnce_TheHigherBuilderWinning_AndOnlyGroupByRepeat()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var live = await LiveBox.StartAsync(ct);
        var alpha = live.Alpha.State;

        // A story moved in Jira under an epic of another project: project and Jira hierarchy now disagree on its place.
        var story = alpha.Issues().First(i => i is { IssueType: "Story", ParentKey: not null });
        var epic = alpha.Issues().First(i => i.IssueType == "Epic" && i.ProjectKey != story.ProjectKey);
        await live.Alpha.EditAsync(story.Key, new JsonObject { ["parent"] = new JsonObject { ["key"] = epic.Key } }, ct);

        await live.PutStructureAsync(new { kind = "jiraHierarchy" }, new { kind = "project" });
        WbsResponse wbs = null!;
        await LiveSites.UntilAsync(async () =>
        {
            wbs = await live.Admin.GetWbsAsync(live.BoxId, "?limit=1000");
            return Row(wbs, "alpha", story.Key).Parent == Row(wbs, "alpha", epic.Key).Index;
        }, Patience, $"{story.Key} to follow its new epic {epic.Key}", ct);
        AssertEachTaskOnce(wbs, live);
        Assert.Equal(epic.ProjectKey, TopRow(wbs, Row(wbs, "alpha", story.Key)).Label);

        await live.PutStructureAsync(new { kind = "project" }, new { kind = "jiraHierarchy" });
        wbs = await live.Admin.GetWbsAsync(live.BoxId, "?limit=1000");
        AssertEachTaskOnce(wbs, live);
        var moved = Row(wbs, "alpha", story.Key);
        Assert.Equal((1, story.ProjectKey), (moved.Depth, wbs.Rows[moved.Parent].Label));
        foreach (var issue in alpha.Issues().Where(i => i.ParentKey is not null && i.Key != story.Key))
        {
            var parent = alpha.Issue(issue.ParentKey!)!;
            var row = Row(wbs, "alpha", issue.Key);
            Assert.True(parent.ProjectKey != issue.ProjectKey || row.Parent == Row(wbs, "alpha", parent.Key).Index,
                $"{issue.Key} should hang under its parent {parent.Key} in project {issue.ProjectKey}");
        }

        // Group by labels: a task with two labels shows under each label; every other task still shows once.
        await live.PutStructureAsync(new { kind = "groupBy", fields = new[] { "alpha:labels" } }, new { kind = "project" });
        wbs = await live.Admin.GetWbsAsync(live.BoxId, "?limit=1000");
        var places = wbs.Rows.Where(r => r.Task is not null).GroupBy(r => (r.Task!.Site, r.Task.Key)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var issue in alpha.Issues())
        {
            Assert.Equal(Math.Max(1, issue.Labels.Distinct().Count()), places[("alpha", issue.Key)]);
        }

        Assert.Contains(alpha.Issues(), i => i.Labels.Distinct().Count() > 1);
        Assert.All(live.Beta.State.Issues(), i => Assert.Equal(1, places[("beta", i.Key)]));
    }

    [Fact]
    public async Task TheBoard_ShouldKeepEachSitesStatusesApart_AndMergeThemByStatusCategory()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var live = await LiveBox.StartAsync(ct);
        var issues = live.Alpha.State.Issues().Select(i => (Site: "alpha", Issue: i)).Concat(live.Beta.State.Issues().Select(i => (Site: "beta", Issue: i))).ToList();

        var byStatus = await live.Admin.GetAsync<BoardResponse>($"/api/boxes/{live.BoxId}/board?groupBy=status&limit=1");

        var expected = issues.GroupBy(x => (x.Site, x.Issue.Status)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected, byStatus.Groups.ToDictionary(g => (g.Site!, g.Label), g => g.Count));
        Assert.Equal(byStatus.Groups.Count, byStatus.Groups.Select(g => g.Key).Distinct().Count());
        Assert.Contains(byStatus.Groups, g => g is { Site: "alpha", Label: "In Progress" });
        Assert.Contains(byStatus.Groups, g => g is { Site: "beta", Label: "In Progress" });

        var byCategory = await live.Admin.GetAsync<BoardResponse>($"/api/boxes/{live.BoxId}/board?groupBy=statusCategory&limit=1");

        Assert.All(byCategory.Groups, g => Assert.Null(g.Site));
        var categories = issues.GroupBy(x => x.Issue.StatusCategoryKey switch { "new" => "To Do", "indeterminate" => "In Progress", _ => "Done" })
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(categories, byCategory.Groups.ToDictionary(g => g.Label, g => g.Count));
    }

    [Fact]
    public async Task TheReport_ShouldRefuseASecondarysNativeField_AndGiveCsvOfPrimaryNativeAndBuiltInFields()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var live = await LiveBox.StartAsync(ct);

        using var refused = await live.Admin.GetAsync($"/api/boxes/{live.BoxId}/report?columns=key,beta:{live.Beta.State.FieldIds.StoryPoints}", ct);
        var detail = await refused.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("belongs to the secondary site 'beta'", detail, StringComparison.Ordinal);

        var points = live.Alpha.State.FieldIds.StoryPoints;
        using var response = await live.Admin.GetAsync($"/api/boxes/{live.BoxId}/report?format=csv&columns=site,key,alpha:{points},startDate", ct);
        var lines = (await response.ExpectAsync(HttpStatusCode.OK)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"site,key,alpha:{points},startDate", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(live.Alpha.State.Issues().Count + live.Beta.State.Issues().Count, rows.Count);
        foreach (var row in rows)
        {
            var site = row[0] == "alpha" ? live.Alpha : live.Beta;
            var issue = site.State.Issue(row[1]) ?? throw new Xunit.Sdk.XunitException($"{row[1]} is not an issue of {row[0]}");
            var primary = row[0] == "alpha";
            Assert.Equal(primary ? issue.StoryPoints : null, row[2].Length == 0 ? null : double.Parse(row[2], CultureInfo.InvariantCulture));

            // Start date is mapped by default on the primary only; a new secondary starts unmapped (rule 10).
            Assert.Equal(primary ? issue.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "" : "", row[3]);
        }
    }

    private static void AssertEachTaskOnce(WbsResponse wbs, LiveBox live)
    {
        var keys = wbs.Rows.Where(r => r.Task is not null).Select(r => (r.Task!.Site, r.Task.Key)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(live.Alpha.State.Issues().Count + live.Beta.State.Issues().Count, keys.Count);
    }

    private static WbsRowResponse Row(WbsResponse wbs, string site, string key) => Assert.Single(wbs.Rows, r => r.Task?.Site == site && r.Task.Key == key);

    private static WbsRowResponse TopRow(WbsResponse wbs, WbsRowResponse row) => row.Parent < 0 ? row : TopRow(wbs, wbs.Rows[row.Parent]);

    private static double? Number(object? cell) => cell is JsonElement { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null;

    /// <summary>alpha (primary) and beta connected, a box over all their projects, waited for until the import shows every issue.</summary>
    private sealed class LiveBox : IAsyncDisposable
    {
        private readonly ConnectionsAppFactory _app;
        private readonly SimulatedJira _jira;

        private LiveBox(ConnectionsAppFactory app, SimulatedJira jira, HttpClient admin, Guid boxId)
        {
            (_app, _jira, Admin, BoxId) = (app, jira, admin, boxId);
        }

        public HttpClient Admin { get; }

        public Guid BoxId { get; }

        public SimulatedSite Alpha => _jira["alpha"];

        public SimulatedSite Beta => _jira["beta"];

        public static async Task<LiveBox> StartAsync(CancellationToken ct)
        {
            var app = new ConnectionsAppFactory();
            var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
            var admin = await app.CreateAdminClientAsync(ct);
            await admin.ConnectAsync(jira["alpha"], ct, primary: true);
            await admin.ConnectAsync(jira["beta"], ct);
            var box = await admin.CreateBoxAsync("Across sites", "Program");
            await admin.AddIntegrationAsync(box.Id, "alpha", [.. jira["alpha"].State.ProjectKeys]);
            await admin.AddIntegrationAsync(box.Id, "beta", [.. jira["beta"].State.ProjectKeys]);
            var live = new LiveBox(app, jira, admin, box.Id);
            var expected = live.Alpha.State.Issues().Count + live.Beta.State.Issues().Count;
            await LiveSites.UntilAsync(async () => (await admin.GetWbsAsync(box.Id, "?limit=1000")).TaskKeys().Count == expected,
                Patience, "the import of both sites", ct);
            return live;
        }

        public async Task PutStructureAsync(params object[] builders)
        {
            using var put = await Admin.PutJsonAsync($"/api/boxes/{BoxId}/structure", new { builders });
            await put.ExpectAsync(HttpStatusCode.OK);
        }

        public async ValueTask DisposeAsync()
        {
            Admin.Dispose();
            await _jira.DisposeAsync();
            await _app.DisposeAsync();
        }
    }
}
