using Microsoft.Extensions.Logging.Testing;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Database;
using Panorama.Testing.Tasks;
using static Panorama.Testing.Tasks.ThreeSites;

namespace Panorama.Data.Tests.Boxes;

/// <summary>
/// Work on a large box leaves the garbage collector holding its transient peak; once that work is quiet, the cache
/// compacts the heap once and gives the memory back. Small boxes never pay for it.
/// </summary>
public sealed class GivingMemoryBackTests
{
    private const string Compacted = "compacted the heap";

    [Fact]
    public async Task ALargeLoadAndBox_ShouldCompactTheHeapOnce_WhenTheirWorkIsQuiet()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(DatabaseProvider.Sqlite);
        await store.Seeder.AddTasksAsync([.. Enumerable.Range(0, 10_000).Select(i => SeedTasks.Task(Alpha, 50_000 + i, $"OPS-{100 + i}", $"Task {i}"))], ct);
        var box = await store.AddBoxAsync("Large");
        await store.AddIntegrationAsync(box.Id, Alpha.Id, "OPS");
        var logger = new FakeLogger<BoxSnapshotCache>();
        using var cache = store.Cache(logger);

        Assert.True((await cache.GetAsync(box.Id, ct))!.Tasks.Count > 10_000);

        // The load of 10,000 rows and the box's build and warm-up right after it are one burst: one compaction, once quiet.
        var after = await WaitForAsync(() => Messages(logger).FirstOrDefault(m => m.Contains(Compacted, StringComparison.Ordinal)), TimeSpan.FromSeconds(30), ct);
        Assert.StartsWith("After loaded 10", after, StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        Assert.Single(Messages(logger), m => m.Contains(Compacted, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ASmallBox_ShouldNeverCompactTheHeap()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(DatabaseProvider.Sqlite);
        var box = await store.AddBoxAsync("Small");
        await store.AddIntegrationAsync(box.Id, Alpha.Id, "OPS");
        var logger = new FakeLogger<BoxSnapshotCache>();
        using var cache = store.Cache(logger);

        await cache.GetAsync(box.Id, ct);
        await store.Seeder.UpdateTaskAsync(Alpha.Id, Ops3, t => t.EndDate = Day(30), ct);
        await cache.GetAsync(box.Id, ct);
        await Task.Delay(TimeSpan.FromSeconds(2), ct);

        Assert.DoesNotContain(Messages(logger), m => m.Contains(Compacted, StringComparison.Ordinal));
    }

    private static List<string> Messages(FakeLogger logger) => [.. logger.Collector.GetSnapshot().Select(r => r.Message)];

    private static async Task<string> WaitForAsync(Func<string?> probe, TimeSpan limit, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException($"Nothing matched within {limit}.");
    }
}
