using Panorama.Core.Tasks;
using Panorama.Data.Boxes.Snapshots;

namespace Panorama.Web.Components.Boxes;

/// <summary>
/// Tells an open box page when its box changed: on every task change the sync engine's feed reports (when the host
/// has one) and, so a change made by another node or written straight into the store is seen too, on a check of the
/// box's snapshot every <see cref="Interval"/>. The check costs a few indexed queries and refreshes the snapshot
/// incrementally; the page re-reads only its visible rows.
/// </summary>
public sealed class BoxLiveUpdates : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(700);

    private readonly CancellationTokenSource _stop = new();
    private readonly IDisposable? _feed;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Task _loop;

    /// <param name="shown">The <see cref="LoadedBox.ContentTag"/> of the box as the page read it, so a change made before the first check is seen.</param>
    public BoxLiveUpdates(Guid boxId, Guid? shown, BoxSnapshotCache cache, ITaskChangeFeed? feed, TimeProvider time, Func<Task> onTick, Func<Task> onChanged)
    {
        _feed = feed?.Subscribe(_ => _wake.Release());
        _loop = RunAsync(boxId, shown, cache, time, onTick, onChanged, _stop.Token);
    }

    private async Task RunAsync(Guid boxId, Guid? seen, BoxSnapshotCache cache, TimeProvider time, Func<Task> onTick, Func<Task> onChanged,
        CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var interval = new CancellationTokenSource(Interval, time);
                using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, interval.Token);
                await _wake.WaitAsync(either.Token);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                // The interval passed without a feed notification: check anyway.
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await onTick();
                var tag = (await cache.GetAsync(boxId, stop))?.ContentTag;
                if (seen is not null && tag != seen)
                {
                    await onChanged();
                }

                seen = tag;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                // The page reports its own failures; a failed check is tried again at the next tick.
                seen = null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _feed?.Dispose();
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
        _wake.Dispose();
    }
}
