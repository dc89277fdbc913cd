using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Panorama.Core.Tasks;

namespace Panorama.Bench.Scenarios.Sync;

/// <summary>
/// Measures, per issue, the time from an edit on the simulated site (<see cref="Edited"/>, taken just before the
/// control call) to the first committed store change that names the issue (the host's <see cref="ITaskChangeFeed"/>,
/// published right after the commit, i.e. when the API can show it). Each issue is edited at most once, so the first
/// change after the edit is that edit. Also from the moment the site's webhook leaves for the host (SPEC's measure;
/// the simulator's own queue before that is not Panorama's), and listens to the host's own freshness histogram (delivery received to
/// committed), which leaves out the simulator's side.
/// </summary>
internal sealed class FreshnessProbe
{
    private readonly ConcurrentDictionary<long, long> _pending = new();
    private readonly ConcurrentDictionary<long, long> _sent = new();
    private readonly ConcurrentBag<double> _endToEndMs = [];
    private readonly ConcurrentBag<double> _sentMs = [];
    private readonly ConcurrentBag<double> _hostMs = [];
    private readonly MeterListener _listener = new();

    /// <summary>Starts listening to the host's change feed and freshness histogram; dispose the result to stop.</summary>
    public IDisposable Listen(ITaskChangeFeed feed, Guid connectionId)
    {
        var subscription = feed.Subscribe(batch =>
        {
            if (batch.ConnectionId != connectionId)
            {
                return;
            }

            var now = Stopwatch.GetTimestamp();
            foreach (var issueId in batch.IssueIds)
            {
                if (_pending.TryRemove(issueId, out var editedAt))
                {
                    _endToEndMs.Add(Stopwatch.GetElapsedTime(editedAt, now).TotalMilliseconds);
                    if (_sent.TryGetValue(issueId, out var sentAt) && sentAt >= editedAt)
                    {
                        _sentMs.Add(Stopwatch.GetElapsedTime(sentAt, now).TotalMilliseconds);
                    }
                }
            }
        });
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument is { Name: "panorama.sync.webhook.freshness", Meter.Name: "Panorama" })
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((_, seconds, _, _) => _hostMs.Add(seconds * 1000));
        _listener.Start();
        return new Stop(subscription, _listener);
    }

    /// <summary>Edits made whose change has not been seen in the store yet.</summary>
    public int Pending => _pending.Count;

    public IReadOnlyList<double> EndToEndMs => [.. _endToEndMs];

    public IReadOnlyList<double> HostMs => [.. _hostMs];

    /// <summary>From the webhook leaving the simulator for the host to the change committed: SPEC's freshness.</summary>
    public IReadOnlyList<double> SentMs => [.. _sentMs];

    /// <summary>Call when the site's webhook for the issue is handed to HTTP (the first time, retries keep it).</summary>
    public void Sending(long issueId) => _sent.TryAdd(issueId, Stopwatch.GetTimestamp());

    /// <summary>Call just before the edit is sent to the simulated site.</summary>
    public void Edited(long issueId) => _pending[issueId] = Stopwatch.GetTimestamp();

    /// <summary>The edit was refused by the site: there is nothing to wait for.</summary>
    public void Forget(long issueId) => _pending.TryRemove(issueId, out _);

    private sealed class Stop(IDisposable subscription, MeterListener listener) : IDisposable
    {
        public void Dispose()
        {
            subscription.Dispose();
            listener.Dispose();
        }
    }
}
