using System.Collections.Concurrent;

namespace Panorama.JiraSim.RateLimiting;

/// <summary>
/// Jira Cloud's limits for API-token traffic (SPEC 3.1, API notes 7): a token bucket per (endpoint template, method)
/// with GET/POST 100/s and PUT/DELETE 50/s (GET issue and approximate-count 150/s), each with a one-second burst
/// buffer; and per issue at most 20 writes in 2 s and 100 in 30 s.
/// </summary>
internal sealed class RateLimiter(TimeProvider time)
{
    public const string BurstReason = "jira-burst-based";
    public const string PerIssueReason = "jira-per-issue-on-write";

    private readonly ConcurrentDictionary<(string Template, string Method), TokenBucket> _buckets = new();
    private readonly ConcurrentDictionary<long, Queue<long>> _issueWrites = new();

    public RateDecision Acquire(string template, string method)
    {
        var now = time.GetTimestamp();
        var bucket = _buckets.GetOrAdd((template, method), key => new TokenBucket(RateOf(key.Template, key.Method), RateOf(key.Template, key.Method), now));
        var (allowed, remaining, wait) = bucket.TryTake(now, time);
        return new RateDecision(allowed, bucket.Rate, Math.Floor(remaining), wait, allowed ? null : BurstReason);
    }

    public RateDecision AcquireIssueWrite(long issueId)
    {
        var now = time.GetTimestamp();
        var writes = _issueWrites.GetOrAdd(issueId, _ => new Queue<long>());
        lock (writes)
        {
            // A write leaves a window once it is exactly the window's length old: the moment this 429's Retry-After and
            // X-RateLimit-Reset name, so a client that waits exactly that long gets through.
            while (writes.Count > 0 && time.GetElapsedTime(writes.Peek(), now) >= TimeSpan.FromSeconds(30))
            {
                writes.Dequeue();
            }

            var inTwoSeconds = writes.Count(t => time.GetElapsedTime(t, now) < TimeSpan.FromSeconds(2));
            if (inTwoSeconds >= 20)
            {
                var oldest = writes.Where(t => time.GetElapsedTime(t, now) < TimeSpan.FromSeconds(2)).Min();
                return new RateDecision(false, 20, 0, TimeSpan.FromSeconds(2) - time.GetElapsedTime(oldest, now), PerIssueReason);
            }

            if (writes.Count >= 100)
            {
                return new RateDecision(false, 100, 0, TimeSpan.FromSeconds(30) - time.GetElapsedTime(writes.Peek(), now), PerIssueReason);
            }

            writes.Enqueue(now);
            return new RateDecision(true, 20, 19 - inTwoSeconds, TimeSpan.Zero, null);
        }
    }

    private static double RateOf(string template, string method) => (template, method) switch
    {
        ("/rest/api/3/issue/{issueIdOrKey}", "GET") => 150,
        ("/rest/api/3/search/approximate-count", "POST") => 150,
        (_, "PUT" or "DELETE") => 50,
        _ => 100,
    };
}
