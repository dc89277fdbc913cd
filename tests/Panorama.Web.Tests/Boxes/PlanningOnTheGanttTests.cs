using System.Net;
using Panorama.Core.Connections;
using Panorama.Testing.Boxes;
using Panorama.Testing.Tasks;
using Panorama.Web.Boxes.Dependencies;
using Panorama.Web.Boxes.Gantt;
using static Panorama.Testing.Tasks.ThreeSites;
using static Panorama.Web.Tests.Boxes.BoxApi;

namespace Panorama.Web.Tests.Boxes;

/// <summary>The Gantt: dependencies of both kinds, the critical path, conflicts, stale tasks (rule 5), modes, calendar.</summary>
public sealed class PlanningOnTheGanttTests
{
    [Fact]
    public async Task TheGantt_ShouldShowSyncedAndAppOnlyDependencies_TheCriticalPathAndConflicts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        using var crossSite = await admin.PostJsonAsync("/api/dependencies", new { boxId = box.Id, predecessor = "alpha/OPS-3", successor = "beta/BET-3" });
        var appOnly = await crossSite.ExpectAsync<DependencyResponse>(HttpStatusCode.Created);

        var gantt = await admin.GetAsync<GanttResponse>($"/api/boxes/{box.Id}/gantt");

        Assert.Equal(10, gantt.Tasks.Count);
        Assert.Equal(
            [
                (appOnly.Id!, TaskId(Alpha.Id, Ops3), TaskId(Beta.Id, Bet3), "appOnly", null),
                ($"link:{Alpha.Id:N}:1001", TaskId(Alpha.Id, Ops2), TaskId(Alpha.Id, Ops3), "synced", (string?)AlphaBlocks),
                ($"link:{Beta.Id:N}:2001", TaskId(Beta.Id, Bet1), TaskId(Beta.Id, Bet2), "synced", BetaBlocks),
            ],
            gantt.Dependencies.Select(d => (d.Id, d.From, d.To, d.Origin, d.LinkType)).OrderBy(d => d.Id, StringComparer.Ordinal));
        Assert.Equal(["OPS-2", "OPS-3", "BET-3"], gantt.Tasks.Where(t => t.Critical).Select(t => t.Key));
        Assert.Equal((Day(5), Day(23)), (gantt.Start!.Value, gantt.Finish!.Value));
        var conflict = Assert.Single(gantt.Conflicts);
        Assert.Equal((TaskId(Beta.Id, Bet1), TaskId(Beta.Id, Bet2), 3), (conflict.From, conflict.To, conflict.Amount));
        Assert.Contains("'beta BET-2' starts 3 working days before its FS dependency on 'beta BET-1'", conflict.Message, StringComparison.Ordinal);
        Assert.Null(gantt.Problem);
    }

    [Fact]
    public async Task TasksOfAnInvalidConnection_ShouldBeStale_UntilItIsValidAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        var gantt = await admin.GetAsync<GanttResponse>($"/api/boxes/{box.Id}/gantt");
        Assert.Equal(["GAM-1", "GAM-2"], gantt.Tasks.Where(t => t.Stale).Select(t => t.Key));
        Assert.Contains(gantt.Sites, s => s is { Name: "gamma", Stale: true, Status: "Invalid" });

        await app.Seeder.SetConnectionStatusAsync(Gamma.Id, ConnectionStatus.Valid, cancellationToken: ct);
        await app.Seeder.SetConnectionStatusAsync(Beta.Id, ConnectionStatus.Invalid, "Jira answered 503 for 10 minutes.", ct);

        gantt = await admin.GetAsync<GanttResponse>($"/api/boxes/{box.Id}/gantt");
        Assert.Equal(["BET-1", "BET-2", "BET-3"], gantt.Tasks.Where(t => t.Stale).Select(t => t.Key));
    }

    [Fact]
    public async Task AModeAndACalendar_ShouldBeKeptPerBox()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        var other = await admin.CreateBoxAsync("Other");
        await admin.AddIntegrationAsync(other.Id, "alpha", ["OPS"]);

        using var mode = await admin.PutJsonAsync($"/api/boxes/{box.Id}/gantt/modes", new { task = "alpha/OPS-3", mode = "locked" });
        await mode.ExpectAsync(HttpStatusCode.NoContent);
        using var calendar = await admin.PutJsonAsync($"/api/boxes/{box.Id}/calendar",
            new { workingDays = new[] { "mon", "Tuesday", "Wed", "Thu" }, holidays = new[] { "2026-01-06" } });
        var saved = await calendar.ExpectAsync<CalendarResponse>(HttpStatusCode.OK);

        Assert.Equal(["Mon", "Tue", "Wed", "Thu"], saved.WorkingDays);
        var gantt = await admin.GetAsync<GanttResponse>($"/api/boxes/{box.Id}/gantt");
        Assert.Equal("locked", Assert.Single(gantt.Tasks, t => t.Key == "OPS-3").Mode);
        Assert.Equal([new DateOnly(2026, 1, 6)], gantt.Calendar.Holidays);
        var elsewhere = await admin.GetAsync<GanttResponse>($"/api/boxes/{other.Id}/gantt");
        Assert.Null(Assert.Single(elsewhere.Tasks, t => t.Key == "OPS-3").Mode);
        Assert.Equal(5, elsewhere.Calendar.WorkingDays.Count);
        using var bad = await admin.PutJsonAsync($"/api/boxes/{box.Id}/gantt/modes", new { task = "alpha/OPS-3", mode = "frozen" });
        Assert.Contains("auto, manual or locked", await bad.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACycleAlreadyInJira_ShouldBeNamedInTheGantt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        await app.Seeder.AddLinksAsync([SeedTasks.Link(Alpha, 1003, AlphaBlocks, Ops3, Ops2)], ct);

        var gantt = await admin.GetAsync<GanttResponse>($"/api/boxes/{box.Id}/gantt");

        Assert.Contains("cycle", gantt.Problem, StringComparison.Ordinal);
        Assert.Contains("'alpha OPS-2'", gantt.Problem, StringComparison.Ordinal);
        Assert.Contains("'alpha OPS-3'", gantt.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(gantt.Tasks, t => t.Critical);
    }
}
