using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// Warming up: every new version of a box computes its schedule, and the derived values its readers are expected to
/// ask for, on the thread pool right after it is built, so the first request finds them ready or waits on the
/// computation under way (the same <see cref="Lazy{T}"/>) instead of starting its own. Expected are: for a box built
/// from nothing, the registered <see cref="BoxDerivation"/>s (the Gantt payload); for a later version, what readers
/// asked the version before for. So a box whose Gantt nobody opens stops paying for its payload after one change.
/// </summary>
public sealed partial class BoxSnapshotCache
{
    private readonly BoxDerivation[] _derivations = [.. derivations ?? []];
    private readonly ConcurrentDictionary<Guid, (LoadedBox Box, HashSet<string> Keys)> _toWarmUp = new();
    private int _warmingUp;

    /// <summary>Queues the new version of a box; only the newest version of a box is warmed up, with every key queued for it.</summary>
    private void WarmUpInBackground(LoadedBox box, LoadedBox? previous)
    {
        if (previous is not null && previous.ContentTag == box.ContentTag)
        {
            return;
        }

        var keys = previous is null ? _derivations.Select(d => d.Key).ToHashSet(StringComparer.Ordinal) : [.. previous.AskedKeys];
        _toWarmUp.AddOrUpdate(box.Box.Id, (box, keys), (_, pending) => (box, [.. pending.Keys, .. keys]));
        if (Interlocked.Exchange(ref _warmingUp, 1) == 0)
        {
            _ = Task.Run(WarmUpPending);
        }
    }

    private void WarmUpPending()
    {
        do
        {
            foreach (var boxId in _toWarmUp.Keys)
            {
                if (_toWarmUp.TryRemove(boxId, out var pending) && _boxes.TryGetValue(boxId, out var entry)
                    && entry.Box.ContentTag == pending.Box.ContentTag)
                {
                    WarmUp(entry.Box, pending.Keys);
                }
            }

            Volatile.Write(ref _warmingUp, 0);
        }
        while (!_toWarmUp.IsEmpty && Interlocked.Exchange(ref _warmingUp, 1) == 0);
    }

    private void WarmUp(LoadedBox box, HashSet<string> keys)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            box.WarmUp(keys);
            LogWarmedUp(box.Box.Id, string.Join(", ", keys), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            ReleaseMemoryWhenQuiet(box);
        }
        catch (Exception ex)
        {
            // The same exception reaches the reader that asks for the value; here it is only logged.
            LogWarmUpFailed(ex, box.Box.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Box {BoxId} warmed up (schedule, {Keys}) in {Milliseconds:F1} ms")]
    private partial void LogWarmedUp(Guid boxId, string keys, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Computing the schedule and derived values of box {BoxId} in the background failed")]
    private partial void LogWarmUpFailed(Exception exception, Guid boxId);
}
