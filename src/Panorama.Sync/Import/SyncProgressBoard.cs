using System.Collections.Concurrent;
using Panorama.Sync.Reconciliation;

namespace Panorama.Sync.Import;

/// <summary>
/// The live progress of imports running on this node (the API shows it at once); it is also written to
/// <c>sync_state</c> about once a second, so other nodes and <c>panorama sync</c> see it too.
/// </summary>
public sealed class SyncProgressBoard(TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, ImportProgress> _current = new();

    public ImportProgress? Current(Guid connectionId) => _current.GetValueOrDefault(connectionId);

    internal IProgress<ImportProgress> Track(Guid connectionId, IProgress<ImportProgress>? caller, SyncStateStore states)
    {
        var lastSaved = DateTimeOffset.MinValue;
        var saving = 0;
        return new Reporter(progress =>
        {
            _current[connectionId] = progress;
            caller?.Report(progress);
            var now = time.GetUtcNow();
            if (now - lastSaved >= TimeSpan.FromSeconds(1) && Interlocked.Exchange(ref saving, 1) == 0)
            {
                lastSaved = now;
                _ = states.UpdateAsync(connectionId, s =>
                {
                    s.ImportDone = progress.Done;
                    s.ImportEstimate = progress.Estimate;
                }, CancellationToken.None).ContinueWith(_ => Interlocked.Exchange(ref saving, 0), TaskScheduler.Default);
            }
        });
    }

    internal void Forget(Guid connectionId) => _current.TryRemove(connectionId, out _);

    private sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
