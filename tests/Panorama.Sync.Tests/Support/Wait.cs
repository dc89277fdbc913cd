namespace Panorama.Sync.Tests.Support;

/// <summary>Polling for an eventually true condition; a timeout fails with what was awaited.</summary>
internal static class Wait
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, CancellationToken cancellationToken,
        Func<Task<string>>? explain = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                var detail = explain is null ? "" : "\n" + await explain();
                throw new TimeoutException($"Waited {timeout.TotalSeconds:F0} s for {what}.{detail}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
