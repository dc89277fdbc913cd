using Panorama.Core.Tasks;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using Panorama.Testing.Tasks;
using static Panorama.Testing.Tasks.ThreeSites;

namespace Panorama.Data.Tests.Boxes;

/// <summary>The in-memory mirror of the task store loads only what changed, on both providers.</summary>
public sealed class TaskStoreMirrorTests
{
    [Theory]
    [DatabaseData]
    public async Task TheWatermark_ShouldReportVersionsAndRowCounts(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(provider, seed: false);
        await using (var empty = store.Database.CreateContext())
        {
            Assert.Equal(StoreWatermark.Empty, await StoreWatermark.ReadAsync(empty, ct));
        }

        await ThreeSites.SeedAsync(store.Seeder, ct);

        await using var db = store.Database.CreateContext();
        var watermark = await StoreWatermark.ReadAsync(db, ct);
        Assert.Equal((10L, 13L, 3L, 0L, 0L), (watermark.TaskVersion, watermark.LinkVersion, watermark.LinkCount, watermark.AppDependencyCount, watermark.MembershipCount));
    }

    [Theory]
    [DatabaseData]
    public async Task AMirror_ShouldLoadEverythingOnce_ThenOnlyWhatChanged(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(provider);
        var mirror = new TaskStoreMirror();

        var first = await RefreshAsync(store, mirror);
        Assert.Equal((10, 3, true), (mirror.TaskCount, mirror.Links.Count, first.SitesChanged));
        Assert.Equal(10, first.Tasks.Count);
        var ops2 = mirror.Find(new TaskKey(Alpha.Id, Ops2))!;
        Assert.Equal(("OPS-2", "OPS", "Story", StatusCategory.InProgress, "Ada Lovelace"), (ops2.IssueKey, ops2.Project.Key, ops2.IssueType.Name, ops2.StatusCategory, ops2.Assignee!.DisplayName));
        Assert.Equal((Ops1, Day(5), Day(9), 28800L, 50.0, SeedTasks.Updated), (ops2.ParentIssueId!.Value, ops2.StartDate!.Value, ops2.EndDate!.Value, ops2.OriginalEstimate!.Value, ops2.Progress!.Value, ops2.Updated));
        Assert.True(ops2.NativeFields.TryGet("customfield_10016", out var points));
        Assert.Equal(3, points.GetInt32());
        Assert.Null(mirror.Find(new TaskKey(Alpha.Id, Web1))!.StartDate);

        await store.Seeder.UpdateTaskAsync(Alpha.Id, Ops2, t => t.Summary = "changed", ct);
        await store.Seeder.DeleteTaskAsync(Beta.Id, Bet3, ct);
        var second = await RefreshAsync(store, mirror);
        Assert.Equal([new TaskKey(Alpha.Id, Ops2), new TaskKey(Beta.Id, Bet3)], second.Tasks.OrderBy(k => k.IssueId));
        Assert.Equal(("changed", 9), (mirror.Find(new TaskKey(Alpha.Id, Ops2))!.Summary, mirror.TaskCount));
        Assert.False(second.LinksChanged || second.SitesChanged);

        var third = await RefreshAsync(store, mirror);
        Assert.True(third.IsEmpty);
        Assert.Equal(second.Generation, mirror.Generation);
        var merged = mirror.ChangesSince(first.Generation)!;
        Assert.Equal(2, merged.Tasks.Count);
        Assert.Null(mirror.ChangesSince(-5));
    }

    [Theory]
    [DatabaseData]
    public async Task DeletedLinksAndMemberships_ShouldBeNoticedByTheirRowCount(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(provider);
        var box = await store.AddBoxAsync("Launch");
        var integration = await store.AddIntegrationAsync(box.Id, Beta.Id, "", "labels = x");
        await store.Seeder.AddMembershipsAsync(integration.Id, Beta.Id, [Bet1, Bet2], ct);
        var mirror = new TaskStoreMirror();
        await RefreshAsync(store, mirror);
        Assert.True(mirror.IsMember(integration.Id, Bet1));

        await store.Seeder.RemoveLinkAsync(Alpha.Id, 1001, ct);
        await store.Seeder.RemoveMembershipAsync(integration.Id, Bet1, ct);
        var change = await RefreshAsync(store, mirror);

        Assert.True(change.LinksChanged);
        Assert.DoesNotContain(mirror.Links, l => l.LinkId == 1001);
        Assert.False(mirror.IsMember(integration.Id, Bet1));
        Assert.True(mirror.IsMember(integration.Id, Bet2));
        Assert.Equal([new TaskKey(Beta.Id, Bet1)], change.Tasks);
        await using var db = store.Database.CreateContext();
        Assert.Equal(await StoreWatermark.ReadAsync(db, ct), mirror.Watermark);
    }

    [Theory]
    [DatabaseData]
    public async Task TheSnapshotCache_ShouldApplyOnlyChangedTasksToABoxInUse(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(provider);
        var box = await store.AddBoxAsync("Launch");
        await store.AddIntegrationAsync(box.Id, Alpha.Id, "OPS");
        using var cache = store.Cache();

        var first = (await cache.GetAsync(box.Id, ct))!;
        Assert.Same(first, await cache.GetAsync(box.Id, ct));
        Assert.Equal(4, first.Tasks.Count);

        await store.Seeder.UpdateTaskAsync(Alpha.Id, Ops3, t => t.EndDate = Day(30), ct);
        await store.Seeder.UpdateTaskAsync(Beta.Id, Bet1, t => t.Summary = "not in this box", ct);
        var second = (await cache.GetAsync(box.Id, ct))!;

        Assert.NotSame(first, second);
        Assert.Equal(Day(30), second.Tasks.Find(new TaskKey(Alpha.Id, Ops3))!.EndDate);
        Assert.Same(first.Settings, second.Settings);
        Assert.Null(await cache.GetAsync(Guid.NewGuid(), ct));
    }

    private static async Task<MirrorChange> RefreshAsync(BoxStoreFixture store, TaskStoreMirror mirror)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = store.Database.CreateContext();
        return await mirror.RefreshAsync(db, await StoreProbe.ReadAsync(db, ct), ct);
    }
}
