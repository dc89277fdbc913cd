using Microsoft.Extensions.DependencyInjection;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Testing.Boxes;
using Panorama.Web.Components.Boxes;
using Panorama.Web.Tests.Boxes;
using static Panorama.Testing.Tasks.ThreeSites;

namespace Panorama.Web.Tests.Components;

/// <summary>An open box page hears of changes written into the task store without being asked (<see cref="BoxLiveUpdates"/>).</summary>
public sealed class FollowingAnOpenBoxTests
{
    [Fact]
    public async Task AChangeWrittenIntoTheStore_ShouldBeReportedWithinASecondOrTwo_WithoutAFeed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        var cache = app.Services.GetRequiredService<BoxSnapshotCache>();
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ticks = 0;
        var shown = (await cache.GetAsync(box.Id, ct))!.ContentTag;
        await using (new BoxLiveUpdates(box.Id, shown, cache, null, TimeProvider.System, () => Task.FromResult(Interlocked.Increment(ref ticks)),
                         () => Task.FromResult(changed.TrySetResult())))
        {
            // Before the first check: the change is still measured against what the page showed.
            await app.Seeder.UpdateTaskAsync(Alpha.Id, Ops2, t => t.Summary = "Design the login (v2)", ct);

            await changed.Task.WaitAsync(TimeSpan.FromSeconds(5), ct);
        }

        Assert.True(ticks >= 1, $"the page was asked to follow its writes on every tick ({ticks})");
    }

    [Fact]
    public async Task AnUnchangedBox_ShouldNotBeReportedAsChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new BoxesAppFactory().StartWithThreeSitesAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var box = await admin.CreateThreeSiteBoxAsync();
        var cache = app.Services.GetRequiredService<BoxSnapshotCache>();
        var shown = (await cache.GetAsync(box.Id, ct))!.ContentTag;
        var reported = 0;
        var ticks = 0;
        await using (new BoxLiveUpdates(box.Id, shown, cache, null, TimeProvider.System, () => Task.FromResult(Interlocked.Increment(ref ticks)),
                         () => Task.FromResult(Interlocked.Increment(ref reported))))
        {
            while (Volatile.Read(ref ticks) < 3)
            {
                await Task.Delay(100, ct);
            }
        }

        Assert.Equal(0, reported);
    }
}
