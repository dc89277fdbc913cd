using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// Giving memory back. Loading many task rows, and building and warming up a large box, leave the garbage collector
/// holding their transient peak: measured on a 100,000-task box, about 290 MB committed above 200 MB live, and no
/// collector setting (server or workstation, gen0 budget, ConserveMemory) gave it back. An aggressive collection
/// (compacts every generation including the large object heap, and decommits what is free) does, in a pause of a
/// few hundred milliseconds; it runs after a large load at once, and after work on a large box once that work has
/// been quiet for <see cref="QuietPeriod"/> (so a burst of changes never pays for it), at most once per interval.
/// </summary>
public sealed partial class BoxSnapshotCache
{
    // A refresh that loaded this many task rows (a cold start, an import) leaves hundreds of megabytes of garbage;
    // a box this large leaves tens of megabytes with each version.
    private const int LargeLoad = 10_000;
    private static readonly TimeSpan CompactionInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(1);
    private readonly Lock _compactionLock = new();
    private long _lastCompaction;
    private ITimer? _quietTimer;

    /// <summary>After a load of many rows, compacts at once: the server would otherwise keep a cold start's peak.</summary>
    private void ReleaseMemoryAfterLargeLoad(MirrorChange change)
    {
        if (change.Tasks.Count >= LargeLoad || change.Reset)
        {
            Compact($"loaded {change.Tasks.Count} task rows", force: false);
        }
    }

    /// <summary>After a large box's version was built and warmed up: compacts once no such work followed for a moment.</summary>
    private void ReleaseMemoryWhenQuiet(LoadedBox box)
    {
        if (box.Tasks.Count < LargeLoad)
        {
            return;
        }

        lock (_compactionLock)
        {
            _quietTimer ??= time.CreateTimer(static state => ((BoxSnapshotCache)state!).CompactWhenQuiet(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _quietTimer.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
        }
    }

    private void CompactWhenQuiet()
    {
        lock (_compactionLock)
        {
            var since = _lastCompaction == 0 ? TimeSpan.MaxValue : time.GetElapsedTime(_lastCompaction);
            if (since < CompactionInterval)
            {
                _quietTimer?.Change(CompactionInterval - since, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        Compact("large box work done", force: true);
    }

    private void Compact(string reason, bool force)
    {
        lock (_compactionLock)
        {
            var now = time.GetTimestamp();
            if (!force && _lastCompaction != 0 && time.GetElapsedTime(_lastCompaction, now) < CompactionInterval)
            {
                return;
            }

            _lastCompaction = now;
        }

        var started = Stopwatch.GetTimestamp();
        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        LogCompacted(reason, Stopwatch.GetElapsedTime(started).TotalMilliseconds, before >> 20, GC.GetGCMemoryInfo().TotalCommittedBytes >> 20);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "After {Reason}: compacted the heap in {Milliseconds:F0} ms ({BeforeMb} MB -> {AfterMb} MB committed)")]
    private partial void LogCompacted(string reason, double milliseconds, long beforeMb, long afterMb);
}
