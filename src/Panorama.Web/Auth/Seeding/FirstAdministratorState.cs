namespace Panorama.Web.Auth.Seeding;

/// <summary>Whether start-up seeding of the first administrator has finished (tests and tools wait on it).</summary>
public sealed class FirstAdministratorState
{
    private readonly TaskCompletionSource _seeded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsSeeded => _seeded.Task.IsCompletedSuccessfully;

    public Task WhenSeededAsync(CancellationToken cancellationToken) => _seeded.Task.WaitAsync(cancellationToken);

    internal void MarkSeeded() => _seeded.TrySetResult();
}
