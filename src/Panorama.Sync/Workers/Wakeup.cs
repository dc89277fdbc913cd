namespace Panorama.Sync.Workers;

/// <summary>A signal a loop waits on with a timeout: many sets before a wait count as one.</summary>
internal sealed class Wakeup : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Set()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Set by another thread at the same moment: one wake-up is enough.
        }
    }

    public void Dispose() => _signal.Dispose();

    /// <summary>Waits for a signal or the timeout (on <paramref name="time"/>'s clock); true when signalled.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var timer = time.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), wait, timeout, Timeout.InfiniteTimeSpan);
        try
        {
            await _signal.WaitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
