namespace Panorama.Data.Database;

/// <summary>
/// Whether the store has been brought up to date at start-up. The host starts even when the database is down so
/// that <c>/health/ready</c> can say why; work that needs the store waits on <see cref="WhenReadyAsync"/>.
/// </summary>
public sealed class DatabaseState
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>Why the store is not ready yet (the last migration failure), if it has failed.</summary>
    public string? LastError { get; private set; }

    public Task WhenReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    internal void MarkReady()
    {
        LastError = null;
        _ready.TrySetResult();
    }

    internal void MarkFailed(string reason) => LastError = reason;
}
