using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Panorama.Jira.Tests.Support;

/// <summary>
/// Fake time that also reports every timer armed on it, so a test can wait until the client is really waiting (e.g.
/// for a 7 s Retry-After) before moving time, and then move it exactly.
/// </summary>
internal sealed class TestClock : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _armed = new();
    private readonly SemaphoreSlim _signal = new(0);

    public TestClock()
        : base(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Due times of every timer armed so far, in order.</summary>
    public IReadOnlyCollection<TimeSpan> ArmedTimers => _armed;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Armed(dueTime);
        return timer;
    }

    /// <summary>
    /// Waits (in real time) until a timer with exactly <paramref name="dueTime"/> has been armed since the last
    /// <see cref="ForgetArmedTimers"/>.
    /// </summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (!_armed.Contains(dueTime))
        {
            try
            {
                await _signal.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"No timer of {dueTime} was armed; armed: {string.Join(", ", _armed)}.");
            }
        }
    }

    /// <summary>Forgets the timers seen so far (before a step that must arm a new one).</summary>
    public void ForgetArmedTimers() => _armed.Clear();

    private void Armed(TimeSpan dueTime)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _armed.Enqueue(dueTime);
            _signal.Release();
        }
    }

    private sealed class ObservedTimer(ITimer inner, TestClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            clock.Armed(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
