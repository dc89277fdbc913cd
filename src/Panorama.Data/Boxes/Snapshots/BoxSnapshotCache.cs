using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Panorama.Core.Structure;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// Serves each box as a <see cref="LoadedBox"/> kept in memory. Every read checks the store first (the
/// <see cref="StoreProbe"/>: watermark, connection versions, box revisions; a few indexed queries), so a change made
/// by any node is seen on the next read; when something changed, the <see cref="TaskStoreMirror"/> loads only the
/// changed rows and the box applies only the changed tasks. A task change feed, when registered, makes the refresh
/// happen at once in the background, including what readers derived from the box, so the next read finds it done.
/// Every new version is warmed up in the background (see <c>BoxSnapshotCache.WarmUp.cs</c>), so the first Gantt
/// request finds its payload ready or in the making.
/// One lock orders all refreshes; reads of a current box take no lock.
/// </summary>
public sealed partial class BoxSnapshotCache(
    IDbContextFactory<PanoramaDbContext> databases, TimeProvider time, ILogger<BoxSnapshotCache> logger, IEnumerable<BoxDerivation>? derivations = null)
    : IDisposable
{
    /// <summary>Boxes nobody read for this long are dropped (and no longer refreshed in the background).</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(15);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TaskStoreMirror _mirror = new();
    private readonly ConcurrentDictionary<Guid, Entry> _boxes = new();
    private int _backgroundPending;

    /// <summary>The box as the store holds it now; null when there is no such box.</summary>
    public async Task<LoadedBox?> GetAsync(Guid boxId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var probe = await StoreProbe.ReadAsync(db, cancellationToken);
        if (!probe.Boxes.ContainsKey(boxId))
        {
            _boxes.TryRemove(boxId, out _);
            return null;
        }

        if (_boxes.TryGetValue(boxId, out var entry) && entry.Box.IsCurrent(probe))
        {
            entry.LastRead = time.GetTimestamp();
            return entry.Box;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            DropIdle();
            // Noted as soon as the rows are loaded: the box's warm-up, started by its build, notes its own work, and the
            // load is the burst's first cause.
            ReleaseMemoryAfterLargeLoad(await _mirror.RefreshAsync(db, probe, cancellationToken));
            return await RefreshBoxAsync(db, boxId, probe, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The sub-boxes of a box with the tasks each one's scope holds: the snapshot's own when its structure shows
    /// sub-boxes, else computed now (for a structure preview that adds a box structure builder).
    /// </summary>
    public async Task<SubBoxTree> SubBoxesAsync(LoadedBox box, CancellationToken cancellationToken)
    {
        if (box.Snapshot.Input.SubBoxes is { } subBoxes)
        {
            return subBoxes;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var (hierarchy, scopes) = await BoxSettingsLoader.LoadSubBoxesAsync(db, box.Box.Id, _mirror.Sites, cancellationToken);
            return hierarchy is null ? SubBoxTree.Empty(box.Box.Id) : LoadedBoxBuilder.SubBoxes(hierarchy, box.Box.Id, scopes, box.Tasks, _mirror);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The box if it is cached (current or not), without touching the store: for tests and diagnostics.</summary>
    public LoadedBox? Peek(Guid boxId) => _boxes.TryGetValue(boxId, out var entry) ? entry.Box : null;

    /// <summary>Tells the cache the store changed: the mirror and every box in use are refreshed in the background.</summary>
    public void NotifyStoreChanged()
    {
        if (Interlocked.Exchange(ref _backgroundPending, 1) == 0)
        {
            _ = Task.Run(RefreshInBackgroundAsync);
        }
    }

    /// <summary>
    /// Refreshes the mirror and every box in use now (what a change notification triggers); each box that changed is
    /// then warmed up in the background.
    /// </summary>
    public async Task RefreshAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            DropIdle();
            var probe = await StoreProbe.ReadAsync(db, cancellationToken);
            ReleaseMemoryAfterLargeLoad(await _mirror.RefreshAsync(db, probe, cancellationToken));
            foreach (var (boxId, entry) in _boxes)
            {
                if (!probe.Boxes.ContainsKey(boxId))
                {
                    _boxes.TryRemove(boxId, out _);
                }
                else if (!entry.Box.IsCurrent(probe))
                {
                    await RefreshBoxAsync(db, boxId, probe, cancellationToken);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Dispose();
        _quietTimer?.Dispose();
    }

    private void DropIdle()
    {
        var now = time.GetTimestamp();
        foreach (var (id, entry) in _boxes)
        {
            if (time.GetElapsedTime(entry.LastRead, now) > IdleLifetime)
            {
                _boxes.TryRemove(id, out _);
            }
        }
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            // A notification while this pass runs schedules one more pass, so a burst is covered by two at most.
            Interlocked.Exchange(ref _backgroundPending, 0);
            await RefreshAllAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogBackgroundRefreshFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing box snapshots after a task change failed; the next read retries")]
    private partial void LogBackgroundRefreshFailed(Exception exception);

    private sealed class Entry(LoadedBox box)
    {
        public LoadedBox Box { get; } = box;

        public long LastRead { get; set; }
    }
}
