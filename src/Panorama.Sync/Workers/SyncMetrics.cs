using System.Diagnostics.Metrics;

namespace Panorama.Sync.Workers;

/// <summary>Sync on the <c>Panorama</c> meter: webhook deliveries by outcome, their freshness, writes to Jira by outcome.</summary>
public sealed class SyncMetrics
{
    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _freshness;
    private readonly Counter<long> _writes;

    public SyncMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create("Panorama");
        _deliveries = meter.CreateCounter<long>("panorama.sync.webhook.deliveries", "{delivery}",
            "Webhook deliveries by outcome: stored, duplicate, refused, applied, failed.");
        _freshness = meter.CreateHistogram<double>("panorama.sync.webhook.freshness", "s",
            "Time from receiving a webhook delivery to its change being committed to the task store.");
        _writes = meter.CreateCounter<long>("panorama.sync.writes", "{operation}",
            "Write-back operations finished, by kind and outcome.");
    }

    public void Delivery(string outcome, int count = 1) => _deliveries.Add(count, new KeyValuePair<string, object?>("outcome", outcome));

    public void Freshness(TimeSpan lag) => _freshness.Record(lag.TotalSeconds);

    public void Write(string kind, string outcome) =>
        _writes.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", outcome));
}
