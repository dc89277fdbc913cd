using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using static Panorama.Testing.Tasks.ThreeSites;

namespace Panorama.Data.Tests.Boxes;

/// <summary>
/// Each new version of a box computes its derived values in the background: a registered derivation for a box built
/// from nothing, and later what readers asked the previous version for; a reader finds the value already made.
/// </summary>
public sealed class WarmingUpBoxesTests
{
    private const string Key = "payload";

    [Theory]
    [DatabaseData]
    public async Task ANewBox_ShouldComputeARegisteredDerivation_BeforeAnyReaderAsks(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(provider);
        var box = await store.AddBoxAsync("Launch");
        await store.AddIntegrationAsync(box.Id, Alpha.Id, "OPS");
        var payload = new CountingDerivation();
        using var cache = store.Cache(payload.Derivation);

        var loaded = (await cache.GetAsync(box.Id, ct))!;
        await payload.UntilMadeAsync(1, ct);

        var value = loaded.Derived<object>(Key, _ => throw new InvalidOperationException("The reader should find the value made."));
        Assert.Same(payload.Last, value);
        Assert.Equal(1, payload.Made);
    }

    [Theory]
    [DatabaseData]
    public async Task ALaterVersion_ShouldComputeOnlyWhatReadersAskedThePreviousVersionFor(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await BoxStoreFixture.CreateAsync(provider);
        var box = await store.AddBoxAsync("Launch");
        await store.AddIntegrationAsync(box.Id, Alpha.Id, "OPS");
        var payload = new CountingDerivation();
        using var cache = store.Cache(payload.Derivation);
        var first = (await cache.GetAsync(box.Id, ct))!;
        await payload.UntilMadeAsync(1, ct);
        first.Derived(Key, payload.Derivation.Create);

        await store.Seeder.UpdateTaskAsync(Alpha.Id, Ops3, t => t.EndDate = Day(30), ct);
        var second = (await cache.GetAsync(box.Id, ct))!;
        await payload.UntilMadeAsync(2, ct);

        // Nobody asked the second version: the third is not warmed up (a 4-task warm-up takes milliseconds).
        await store.Seeder.UpdateTaskAsync(Alpha.Id, Ops3, t => t.EndDate = Day(31), ct);
        var third = (await cache.GetAsync(box.Id, ct))!;
        Assert.NotEqual(second.ContentTag, third.ContentTag);
        await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        Assert.Equal(2, payload.Made);
    }

    /// <summary>A derivation that counts how often it was made and keeps the last value.</summary>
    private sealed class CountingDerivation
    {
        private int _made;

        public CountingDerivation() => Derivation = new BoxDerivation(Key, _ =>
        {
            var value = new object();
            Last = value;
            Interlocked.Increment(ref _made);
            return value;
        });

        public BoxDerivation Derivation { get; }

        public int Made => Volatile.Read(ref _made);

        public object? Last { get; private set; }

        public async Task UntilMadeAsync(int times, CancellationToken ct)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Made < times)
            {
                Assert.True(DateTime.UtcNow < deadline, $"The derivation was made {Made} times, expected {times}, within 10 s.");
                await Task.Delay(20, ct);
            }
        }
    }
}
