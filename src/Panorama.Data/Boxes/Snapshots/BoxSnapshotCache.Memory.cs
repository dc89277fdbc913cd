using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// Giving memory back. Loading many task rows, and building and warming up a large box, leave the garbage collector
/// holding their transient peak: measured on a 100,000-task box, about 290 MB committed above 200 MB live, and no
/// collector setting (server or workstation, gen0 budget, ConserveMemory) gave it back. An aggressive collection
/// (compacts every generation including the large object heap, and decommits what is free) does, in a pause of a
/// few hundred milliseconds; it runs once large loads and work on a large box have been quiet for
/// <see cref="QuietPeriod"/> (so a burst of changes or an import never pays for it), at most once per interval.
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
    private string? _quietReason;

    /// <summary>After a load of many rows (a cold start, an import): compacts once no such load followed for a moment.</summary>
    private void ReleaseMemoryAfterLargeLoad(MirrorChange change)
    {
        if (change.Tasks.Count >= LargeLoad || change.Reset)
        {
            CompactOnceQuiet($"loaded {change.Tasks.Count} task rows");
        }
    }

    /// <summary>After a large box's version was built and warmed up: compacts once no such work followed for a moment.</summary>
    private void ReleaseMemoryWhenQuiet(LoadedBox box)
    {
        if (box.Tasks.Count >= LargeLoad)
        {
            CompactOnceQuiet("large box work done");
        }
    }

    /// <summary>
    /// Arms (or pushes back) the one compaction that runs once large work has been quiet for <see cref="QuietPeriod"/>.
    /// An import refreshes the mirror with thousands of rows many times a second: compacting in between (a blocking
    /// collection of the whole heap) stalled the import's writer for as long as it took, every interval.
    /// </summary>
    private void CompactOnceQuiet(string reason)
    {
        lock (_compactionLock)
        {
            _quietReason ??= reason;
            _quietTimer ??= time.CreateTimer(static state => ((BoxSnapshotCache)state!).CompactWhenQuiet(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _quietTimer.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
        }
    }

    private void CompactWhenQuiet()
    {
        string reason;
        lock (_compactionLock)
        {
            var since = _lastCompaction == 0 ? TimeSpan.MaxValue : time.GetElapsedTime(_lastCompaction);
            if (since < CompactionInterval)
            {
                _quietTimer?.Change(CompactionInterval - since, Timeout.InfiniteTimeSpan);
                return;
            }

            reason = _quietReason!; // set by whoever armed the timer
            _quietReason = null;
            _lastCompaction = time.GetTimestamp();
        }

        Compact(reason);
    }

    private void Compact(string reason)
    {
        var started = Stopwatch.GetTimestamp();
        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        LogCompacted(reason, Stopwatch.GetElapsedTime(started).TotalMilliseconds, before >> 20, GC.GetGCMemoryInfo().TotalCommittedBytes >> 20);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "After {Reason}: compacted the heap in {Milliseconds:F0} ms ({BeforeMb} MB -> {AfterMb} MB committed)")]
    private partial void LogCompacted(string reason, double milliseconds, long beforeMb, long afterMb);
}
