using Panorama.Web.Components.Gantt;

namespace Panorama.Web.Tests.Components.Gantt;

public sealed class GanttRowCacheTests
{
    [Fact]
    public async Task GetAsync_ShouldFetchAlignedBlocksOnce_AndServeOverlappingWindowsFromThem()
    {
        var source = new CountingSource(1_000);
        var cache = new GanttRowCache(blockSize: 100, maxBlocks: 4);

        var first = await cache.GetAsync(source, 150, 30, TestContext.Current.CancellationToken);
        var again = await cache.GetAsync(source, 140, 55, TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(150, 30).Select(i => $"T{i}"), first.Select(r => r.Id));
        Assert.Equal(Enumerable.Range(140, 55).Select(i => $"T{i}"), again.Select(r => r.Id));
        Assert.Equal([100], source.Offsets);
        Assert.Equal(1_000, cache.TotalCount);
    }

    [Fact]
    public async Task GetAsync_ShouldSpanTwoBlocks_AndStopAtTheLastRow()
    {
        var source = new CountingSource(250);
        var cache = new GanttRowCache(blockSize: 100, maxBlocks: 4);

        var across = await cache.GetAsync(source, 90, 20, TestContext.Current.CancellationToken);
        var end = await cache.GetAsync(source, 240, 30, TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(90, 20).Select(i => $"T{i}"), across.Select(r => r.Id));
        Assert.Equal(Enumerable.Range(240, 10).Select(i => $"T{i}"), end.Select(r => r.Id));
        Assert.Equal([0, 100, 200], source.Offsets);
    }

    [Fact]
    public async Task GetAsync_ShouldForgetTheLeastRecentlyUsedBlock_AndEverythingOnClear()
    {
        var source = new CountingSource(10_000);
        var cache = new GanttRowCache(blockSize: 100, maxBlocks: 2);
        var ct = TestContext.Current.CancellationToken;

        await cache.GetAsync(source, 0, 10, ct);
        await cache.GetAsync(source, 100, 10, ct);
        await cache.GetAsync(source, 0, 10, ct);    // block 0 is now the most recent
        await cache.GetAsync(source, 200, 10, ct);  // evicts block 1
        await cache.GetAsync(source, 0, 10, ct);    // still held
        await cache.GetAsync(source, 100, 10, ct);  // fetched again
        cache.Clear();
        await cache.GetAsync(source, 0, 10, ct);

        Assert.Equal([0, 100, 200, 100, 0], source.Offsets);
    }

    private sealed class CountingSource(int total) : IGanttDataSource
    {
        public List<int> Offsets { get; } = [];

        public Task<GanttRowsPage> GetRowsAsync(int offset, int limit, CancellationToken cancellationToken)
        {
            Offsets.Add(offset);
            var rows = Enumerable.Range(offset, Math.Max(0, Math.Min(limit, total - offset)))
                .Select(i => new GanttRow($"T{i}", GanttRowKind.Task, 0, $"Task {i}"))
                .ToList();
            return Task.FromResult(new GanttRowsPage(rows, total));
        }

        public Task<IReadOnlyList<GanttDependency>> GetDependenciesAsync(IReadOnlySet<string> taskIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<GanttDependency>>([]);
    }
}
