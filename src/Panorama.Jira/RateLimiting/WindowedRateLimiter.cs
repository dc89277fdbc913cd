using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;

namespace Panorama.Jira.RateLimiting;

/// <summary>
/// A strict sliding-log limiter: a permit is granted at time t only if, for every <see cref="RateWindow"/>, fewer than
/// its limit were granted in (t - window, t]. So no span of a window's length ever holds more than its limit, which a
/// token bucket (bursts of twice the rate across a refill) and the framework's segmented sliding window (permits return
/// one segment early) do not guarantee. It also takes time from <see cref="TimeProvider"/>, so tests run on fake time.
/// Waiters are served first in, first out; <see cref="Pause"/> holds everyone back until a moment (Retry-After).
/// </summary>
public sealed partial class WindowedRateLimiter : RateLimiter
{
    private readonly RateWindow[] _windows;
    private readonly TimeSpan _longestWindow;
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly Lock _lock = new();
    private readonly List<Slot> _slots = [];
    private readonly LinkedList<Waiter> _queue = new();
    private ITimer? _timer;
    private TimeSpan _pausedUntil;
    private long _successful;
    private long _failed;
    private bool _retired;
    private bool _disposed;

    public WindowedRateLimiter(IReadOnlyList<RateWindow> windows, TimeProvider time)
    {
        if (windows.Any(w => w.PermitLimit < 1 || w.Window <= TimeSpan.Zero))
        {
            throw new ArgumentOutOfRangeException(nameof(windows), "Every window needs a positive limit and length.");
        }

        _windows = [.. windows];
        _longestWindow = _windows.Length == 0 ? TimeSpan.Zero : _windows.Max(w => w.Window);
        _time = time;
        _origin = time.GetTimestamp();
    }

    public IReadOnlyList<RateWindow> Windows => _windows;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                var now = Now;
                if (_queue.Count > 0 || now < _pausedUntil)
                {
                    return null;
                }

                var lastFree = _slots.Count == 0 ? TimeSpan.Zero : _slots.Max(s => s.Time) + _longestWindow;
                return now >= lastFree ? now - lastFree : null;
            }
        }
    }

    private TimeSpan Now => _time.GetElapsedTime(_origin);

    /// <summary>Holds every permit back for <paramref name="duration"/> from now (a 429's Retry-After).</summary>
    public void Pause(TimeSpan duration)
    {
        lock (_lock)
        {
            var until = Now + duration;
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
                ProcessQueueLocked(Now);
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_lock)
        {
            var now = Now;
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _windows.Length == 0 ? 1 : _windows.Min(w => w.PermitLimit - CountIn(w, now)),
                CurrentQueuedCount = _queue.Count,
                TotalSuccessfulLeases = _successful,
                TotalFailedLeases = _failed,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckPermitCount(permitCount);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = Now;
            if (_queue.Count == 0 && IsAvailable(now))
            {
                return GrantLocked(now, permitCount);
            }

            _failed++;
            return new WindowLease(null, null, NextAvailable(now) - now);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckPermitCount(permitCount);
        return AcquireOrRetiredAsync(permitCount, cancellationToken)!;
    }

    /// <summary>As <see cref="RateLimiter.AcquireAsync"/>, but null once the registry has retired this limiter.</summary>
    internal ValueTask<RateLimitLease?> AcquireOrRetiredAsync(int permitCount, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_retired)
            {
                return ValueTask.FromResult<RateLimitLease?>(null);
            }

            var now = Now;
            if (_queue.Count == 0 && IsAvailable(now))
            {
                return ValueTask.FromResult<RateLimitLease?>(GrantLocked(now, permitCount));
            }

            var waiter = new Waiter(permitCount);
            var node = _queue.AddLast(waiter);
            if (cancellationToken.CanBeCanceled)
            {
                waiter.Registration = cancellationToken.UnsafeRegister((_, token) => Cancel(node, token), null);
            }

            // The head of the queue may be servable at this very instant (a timer due now has not run yet).
            ProcessQueueLocked(now);
            return new ValueTask<RateLimitLease?>(waiter.Completion.Task);
        }
    }

    /// <summary>
    /// Moves a granted permit's time to now. Callers that hold permits of several limiters restamp all of them just
    /// before sending, so each limiter counts the request at the moment it really leaves.
    /// </summary>
    internal void Restamp(RateLimitLease lease)
    {
        if (lease is not WindowLease { Slot: { } slot })
        {
            return;
        }

        lock (_lock)
        {
            var now = Now;
            if (now > slot.Time)
            {
                slot.Time = now;
            }
        }
    }

    /// <summary>Marks the limiter unusable if nothing recent is counted and nobody waits; the registry then drops it.</summary>
    internal bool TryRetire()
    {
        lock (_lock)
        {
            var now = Now;
            PruneLocked(now);
            if (_queue.Count > 0 || _slots.Count > 0 || now < _pausedUntil)
            {
                return false;
            }

            _retired = true;
            return true;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            base.Dispose(disposing);
            return;
        }

        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer?.Dispose();
            foreach (var waiter in _queue)
            {
                waiter.Registration.Dispose();
                waiter.Completion.TrySetResult(new WindowLease(null, null, null));
            }

            _queue.Clear();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        Dispose(true);
        await base.DisposeAsyncCore();
    }

    private static void CheckPermitCount(int permitCount)
    {
        if (permitCount != 1)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), "Jira requests take one permit each.");
        }
    }

    private WindowLease GrantLocked(TimeSpan now, int permitCount)
    {
        _ = permitCount;
        _successful++;
        if (_windows.Length == 0)
        {
            return new WindowLease(this, null, null);
        }

        var slot = new Slot { Time = now };
        _slots.Add(slot);
        return new WindowLease(this, slot, null);
    }

    private bool IsAvailable(TimeSpan now)
    {
        if (now < _pausedUntil)
        {
            return false;
        }

        PruneLocked(now);
        return _windows.All(w => CountIn(w, now) < w.PermitLimit);
    }

    /// <summary>The earliest moment a permit could be granted, ignoring the queue.</summary>
    private TimeSpan NextAvailable(TimeSpan now)
    {
        var next = _pausedUntil > now ? _pausedUntil : now;
        foreach (var window in _windows)
        {
            var inWindow = _slots.Where(s => s.Time > now - window.Window).Select(s => s.Time).Order().ToList();
            if (inWindow.Count >= window.PermitLimit)
            {
                // The oldest (count - limit + 1) stamps must leave the window first.
                var freeAt = inWindow[inWindow.Count - window.PermitLimit] + window.Window;
                if (freeAt > next)
                {
                    next = freeAt;
                }
            }
        }

        return next;
    }

    private int CountIn(RateWindow window, TimeSpan now) => _slots.Count(s => s.Time > now - window.Window);

    private void PruneLocked(TimeSpan now) => _slots.RemoveAll(s => s.Time <= now - _longestWindow);
}
