using System.Collections.Concurrent;
using Panorama.Core.Scope;

namespace Panorama.Testing.Boxes;

/// <summary>Records which connections' scopes changed (what the sync engine and webhook manager would be told).</summary>
public sealed class RecordingScopeChangeListener : IScopeChangeListener
{
    private readonly ConcurrentQueue<Guid> _changes = new();

    public IReadOnlyList<Guid> Changes => [.. _changes];

    public Task ScopeChangedAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        _changes.Enqueue(connectionId);
        return Task.CompletedTask;
    }
}
