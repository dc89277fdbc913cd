namespace Panorama.JiraSim.Faults;

/// <summary>
/// A site's current fault settings, its outage window and the seeded random source every fault decision draws from
/// (so a run with the same seed and the same requests makes the same decisions).
/// </summary>
internal sealed class FaultState(FaultSettings initial, Random random, TimeProvider time)
{
    private readonly Lock _gate = new();
    private FaultSettings _settings = initial;
    private DateTimeOffset _outageUntil = DateTimeOffset.MinValue;

    public FaultSettings Settings
    {
        get => Volatile.Read(ref _settings);
        set => Volatile.Write(ref _settings, value.Validate());
    }

    public void StartOutage(TimeSpan duration)
    {
        lock (_gate)
        {
            _outageUntil = duration <= TimeSpan.Zero ? DateTimeOffset.MinValue : time.GetUtcNow() + duration;
        }
    }

    /// <summary>Time left in the current outage, or null when the site is up.</summary>
    public TimeSpan? OutageRemaining()
    {
        lock (_gate)
        {
            var left = _outageUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    public double Next()
    {
        lock (_gate)
        {
            return random.NextDouble();
        }
    }

    public int Next(int maxExclusive)
    {
        lock (_gate)
        {
            return random.Next(maxExclusive);
        }
    }
}
