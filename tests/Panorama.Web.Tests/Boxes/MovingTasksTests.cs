using System.Net;
using Panorama.Core.Fields;
using Panorama.Core.WriteBack;
using Panorama.Testing.Boxes;
using Panorama.Testing.Tasks;
using Panorama.Web.Boxes.Gantt;
using static Panorama.Testing.Tasks.ThreeSites;

namespace Panorama.Web.Tests.Boxes;

/// <summary>Auto-scheduling over HTTP (SPEC 3.5): a move and its change set, written back as one, with rule 17.</summary>
public sealed class MovingTasksTests
{
    [Fact]
    public async Task ADryRun_ShouldShowEveryDateTheMoveChanges_WithoutWritingAnything()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await LinkedBoxAsync(admin);

        using var response = await admin.PostJsonAsync($"/api/boxes/{box}/gantt/moves?dryRun=true", new { task = "alpha/OPS-2", start = "2026-01-07" });

        var move = await response.ExpectAsync<GanttMoveResponse>(HttpStatusCode.OK);
        Assert.False(move.Applied);
        Assert.Equal(
            [("OPS-2", Day(7), Day(13)), ("OPS-3", Day(14), Day(20)), ("BET-3", Day(21), Day(27))],
            move.Changes.Select(c => (c.Key, c.NewStart, c.NewEnd)));
        Assert.Empty(app.WriteBack.Requests);
    }

    [Fact]
    public async Task AMove_ShouldBeWrittenBackAsOneChangeSetOfStartAndEndDates()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await LinkedBoxAsync(admin);

        using var response = await admin.PostJsonAsync($"/api/boxes/{box}/gantt/moves", new { task = "alpha/OPS-2", start = "2026-01-07" });

        var move = await response.ExpectAsync<GanttMoveResponse>(HttpStatusCode.Accepted);
        Assert.True(move.Applied);
        var request = Assert.Single(app.WriteBack.Requests);
        Assert.Equal(move.ChangeId, (await app.WriteBack.GetAsync(move.ChangeId!.Value, ct))!.Id);
        Assert.False(request.Confirmed);
        Assert.Equal(
            [
                new EditTaskFields(new(Alpha.Id, Ops2), [new(BuiltInField.StartDate, "2026-01-07"), new(BuiltInField.EndDate, "2026-01-13")]),
                new EditTaskFields(new(Alpha.Id, Ops3), [new(BuiltInField.StartDate, "2026-01-14"), new(BuiltInField.EndDate, "2026-01-20")]),
                new EditTaskFields(new(Beta.Id, Bet3), [new(BuiltInField.StartDate, "2026-01-21"), new(BuiltInField.EndDate, "2026-01-27")]),
            ],
            request.Operations.Cast<EditTaskFields>().Select(e => e with { Edits = [.. e.Edits] }),
            new EditComparer());
    }

    [Fact]
    public async Task ALockedSuccessor_ShouldStayPut_AndTheBrokenDependencyBeAConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await LinkedBoxAsync(admin);
        (await admin.PutJsonAsync($"/api/boxes/{box}/gantt/modes", new { task = "beta/BET-3", mode = "locked" })).Dispose();

        using var response = await admin.PostJsonAsync($"/api/boxes/{box}/gantt/moves?dryRun=true", new { task = "alpha/OPS-2", start = "2026-01-07" });

        var move = await response.ExpectAsync<GanttMoveResponse>(HttpStatusCode.OK);
        Assert.Equal(["OPS-2", "OPS-3"], move.Changes.Select(c => c.Key));
        var conflict = Assert.Single(move.Conflicts);
        Assert.Equal((BoxApi.TaskId(Alpha.Id, Ops3), BoxApi.TaskId(Beta.Id, Bet3), 2), (conflict.From, conflict.To, conflict.Amount));
        using var moveLocked = await admin.PostJsonAsync($"/api/boxes/{box}/gantt/moves", new { task = "beta/BET-3", start = "2026-02-02" });
        Assert.Contains("'beta BET-3' is locked", await moveLocked.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMoveOfMoreThan100Tasks_ShouldNeedConfirmation()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        await SeedChainAsync(app, 101, ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateBoxAsync("Big");
        await admin.AddIntegrationAsync(box.Id, "alpha", ["BIG"]);

        using var unconfirmed = await admin.PostJsonAsync($"/api/boxes/{box.Id}/gantt/moves", new { task = "alpha/BIG-1", start = "2026-01-06" });
        var detail = await unconfirmed.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("moves 101 tasks", detail, StringComparison.Ordinal);
        Assert.Contains("confirm=true", detail, StringComparison.Ordinal);
        Assert.Empty(app.WriteBack.Requests);

        using var confirmed = await admin.PostJsonAsync($"/api/boxes/{box.Id}/gantt/moves?confirm=true", new { task = "alpha/BIG-1", start = "2026-01-06" });
        var move = await confirmed.ExpectAsync<GanttMoveResponse>(HttpStatusCode.Accepted);
        Assert.Equal(101, move.Changes.Count);
        var request = Assert.Single(app.WriteBack.Requests);
        Assert.True(request.Confirmed);
        Assert.Equal(101, request.Operations.Count);
    }

    [Fact]
    public async Task AMoveOutside1990To2100_ShouldNeedConfirmation()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var unconfirmed = await admin.PostJsonAsync($"/api/boxes/{box.Id}/gantt/moves", new { task = "gamma/GAM-1", start = "2206-01-05" });
        var detail = await unconfirmed.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'gamma GAM-1' to 2206-01-", detail, StringComparison.Ordinal);
        Assert.Contains("outside 1990-01-01 .. 2100-12-31", detail, StringComparison.Ordinal);
        Assert.Contains("confirm=true", detail, StringComparison.Ordinal);

        using var confirmed = await admin.PostJsonAsync($"/api/boxes/{box.Id}/gantt/moves?confirm=true", new { task = "gamma/GAM-1", start = "2206-01-05" });
        await confirmed.ExpectAsync(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task ATaskWithoutDatesOrAStrangerToTheBox_ShouldNotMove()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();

        using var undated = await admin.PostJsonAsync($"/api/boxes/{box.Id}/gantt/moves", new { task = "alpha/WEB-1", start = "2026-01-05" });
        Assert.Contains("has no start or end date", await undated.ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        using var stranger = await admin.PostJsonAsync($"/api/boxes/{box.Id}/gantt/moves", new { task = "alpha/NOPE-1", start = "2026-01-05" });
        await stranger.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The three-site box with the app-only dependency OPS-3 -> BET-3 (so a move of OPS-2 reaches beta).</summary>
    private static async Task<Guid> LinkedBoxAsync(HttpClient admin)
    {
        var box = await admin.CreateThreeSiteBoxAsync();
        using var response = await admin.PostJsonAsync("/api/dependencies", new { boxId = box.Id, predecessor = "alpha/OPS-3", successor = "beta/BET-3" });
        await response.ExpectAsync(HttpStatusCode.Created);
        return box.Id;
    }

    /// <summary>BIG-1 blocks BIG-2 blocks ... BIG-n on alpha, one working day each, back to back from Mon 5 January 2026.</summary>
    private static async Task SeedChainAsync(BoxesAppFactory app, int count, CancellationToken ct)
    {
        var calendar = Core.Scheduling.Calendars.WorkingCalendar.Standard;
        await app.Seeder.AddTasksAsync(Enumerable.Range(1, count).Select(n =>
        {
            var day = calendar.AddWorkingDays(Day(5), n - 1);
            return SeedTasks.Task(Alpha, 50_000 + n, $"BIG-{n}", $"Step {n}", start: day, end: day);
        }), ct);
        await app.Seeder.AddLinksAsync(Enumerable.Range(1, count - 1).Select(n => SeedTasks.Link(Alpha, 60_000 + n, AlphaBlocks, 50_000 + n, 50_001 + n)), ct);
    }

    private sealed class EditComparer : IEqualityComparer<EditTaskFields>
    {
        public bool Equals(EditTaskFields? x, EditTaskFields? y) => x!.Task == y!.Task && x.Edits.SequenceEqual(y.Edits);

        public int GetHashCode(EditTaskFields obj) => obj.Task.GetHashCode();
    }
}
