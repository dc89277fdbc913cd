using System.Threading.RateLimiting;

namespace Panorama.Jira.RateLimiting;

/// <summary>The waiting line: first in, first out, woken by one timer armed for the next free moment.</summary>
public sealed partial class WindowedRateLimiter
{
    /// <summary>Serves waiters in order while permits are free, then arms the timer for the next free moment.</summary>
    private void ProcessQueueLocked(TimeSpan now)
    {
        while (_queue.First is { } first && IsAvailable(now))
        {
            _queue.RemoveFirst();
            var waiter = first.Value;
            waiter.Registration.Dispose();
            var lease = GrantLocked(now, waiter.PermitCount);
            if (!waiter.Completion.TrySetResult(lease))
            {
                // Cancelled meanwhile: give the permit back.
                _successful--;
                if (lease.Slot is { } slot)
                {
                    _slots.Remove(slot);
                }
            }
        }

        if (_queue.Count == 0 || _disposed)
        {
            return;
        }

        // Not available now, so the next free moment lies strictly ahead (a full window frees when its oldest
        // counted stamp leaves it; a pause ends at its end).
        var due = NextAvailable(now) - now;
        _timer ??= _time.CreateTimer(static state => ((WindowedRateLimiter)state!).OnTimer(), this,
            Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.FromTicks(1), Timeout.InfiniteTimeSpan);
    }

    private void OnTimer()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                ProcessQueueLocked(Now);
            }
        }
    }

    private void Cancel(LinkedListNode<Waiter> node, CancellationToken token)
    {
        lock (_lock)
        {
            if (node.List is null)
            {
                return;
            }

            _queue.Remove(node);
            _failed++;
        }

        node.Value.Completion.TrySetCanceled(token);
    }
}
