using System.Collections.Concurrent;

namespace Panorama.Sync.Workers;

/// <summary>
/// In-process wake-ups, so work that arrives on this node is done within milliseconds instead of at the next poll:
/// the webhook receiver wakes the inbox loop, an accepted change wakes the outbox loop, a recovery or an API request
/// wakes the reconciliation loop, a status change wakes the supervisor.
/// </summary>
public sealed class SyncSignals : IDisposable
{
    private readonly ConcurrentDictionary<(Guid, SyncLoop), Wakeup> _wakeups = new();

    internal Wakeup Supervisor { get; } = new();

    public void Wake(Guid connectionId, SyncLoop loop) => For(connectionId, loop).Set();

    public void WakeSupervisor() => Supervisor.Set();

    public void Dispose()
    {
        Supervisor.Dispose();
        foreach (var wakeup in _wakeups.Values)
        {
            wakeup.Dispose();
        }
    }

    internal Wakeup For(Guid connectionId, SyncLoop loop) => _wakeups.GetOrAdd((connectionId, loop), _ => new Wakeup());
}

/// <summary>The per-connection loops of the sync engine.</summary>
public enum SyncLoop
{
    Inbox,
    Outbox,
    Reconcile,
}
