namespace Panorama.JiraSim;

/// <summary>Counters of one site (<c>GET /_sim/stats</c>).</summary>
public sealed record SiteStats(
    long Requests,
    long Responses429,
    long Responses5xx,
    long WebhooksSent,
    long WebhooksFailed,
    long WebhooksDropped,
    long WebhooksDuplicated,
    long WebhooksReordered,
    long WebhooksRetried,
    long WebhooksAbandoned);

/// <summary>The live counters behind <see cref="SiteStats"/>, updated with interlocked increments.</summary>
internal sealed class SiteCounters
{
    public long Requests;
    public long Responses429;
    public long Responses5xx;
    public long WebhooksSent;
    public long WebhooksFailed;
    public long WebhooksDropped;
    public long WebhooksDuplicated;
    public long WebhooksReordered;
    public long WebhooksRetried;
    public long WebhooksAbandoned;

    public SiteStats Snapshot() => new(
        Interlocked.Read(ref Requests), Interlocked.Read(ref Responses429), Interlocked.Read(ref Responses5xx),
        Interlocked.Read(ref WebhooksSent), Interlocked.Read(ref WebhooksFailed), Interlocked.Read(ref WebhooksDropped),
        Interlocked.Read(ref WebhooksDuplicated), Interlocked.Read(ref WebhooksReordered), Interlocked.Read(ref WebhooksRetried),
        Interlocked.Read(ref WebhooksAbandoned));
}
