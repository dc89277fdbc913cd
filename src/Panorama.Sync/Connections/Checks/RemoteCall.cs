using Panorama.Jira.Errors;

namespace Panorama.Sync.Connections.Checks;

/// <summary>What a remote step of a check came to: a value, or the Jira failure, or no answer in time.</summary>
internal readonly record struct RemoteResult<T>(T? Value, JiraException? Error, bool TimedOut)
{
    public bool Ok => Error is null && !TimedOut;
}

internal static class RemoteCall
{
    /// <summary>
    /// Runs one call under the check timeout. Cancelling the caller's token still cancels (and throws); only the
    /// check's own timeout turns into <see cref="RemoteResult{T}.TimedOut"/>.
    /// </summary>
    public static async Task<RemoteResult<T>> RunAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return new RemoteResult<T>(await call(limit.Token), null, false);
        }
        catch (JiraException ex)
        {
            return new RemoteResult<T>(default, ex, false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new RemoteResult<T>(default, null, true);
        }
    }
}
