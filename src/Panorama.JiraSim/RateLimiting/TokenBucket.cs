namespace Panorama.JiraSim.RateLimiting;

/// <summary>A token bucket: <see cref="Rate"/> tokens a second, at most <see cref="Capacity"/> saved up (the burst buffer).</summary>
internal sealed class TokenBucket(double rate, double capacity, long startTimestamp)
{
    private readonly Lock _gate = new();
    private double _tokens = capacity;
    private long _last = startTimestamp;

    public double Rate { get; } = rate;

    public double Capacity { get; } = capacity;

    /// <summary>Takes a token if there is one; otherwise says how long until there will be.</summary>
    public (bool Allowed, double Remaining, TimeSpan Wait) TryTake(long timestamp, TimeProvider time)
    {
        lock (_gate)
        {
            var elapsed = time.GetElapsedTime(_last, timestamp).TotalSeconds;
            if (elapsed > 0)
            {
                _tokens = Math.Min(Capacity, _tokens + (elapsed * Rate));
                _last = timestamp;
            }

            if (_tokens >= 1)
            {
                _tokens -= 1;
                return (true, _tokens, TimeSpan.Zero);
            }

            return (false, 0, TimeSpan.FromSeconds((1 - _tokens) / Rate));
        }
    }
}
