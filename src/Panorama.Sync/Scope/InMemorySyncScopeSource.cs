using System.Collections.Concurrent;
using Panorama.Core.Scope;

namespace Panorama.Sync.Scope;

/// <summary>
/// Scopes held in memory: the default until the boxes feature registers its own source (then no connection has a
/// scope here, so nothing is synced), and the stand-in tests and benchmarks fill with <see cref="Set"/>.
/// </summary>
public sealed class InMemorySyncScopeSource : ISyncScopeSource
{
    private readonly ConcurrentDictionary<Guid, IReadOnlyList<SyncScopeIntegration>> _integrations = new();
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<long, byte>> _memberships = new();

    /// <summary>Sets a connection's integrations (replacing what it had).</summary>
    public InMemorySyncScopeSource Set(Guid connectionId, params ScopeIntegration[] integrations)
    {
        _integrations[connectionId] = [.. integrations.Select(i => new SyncScopeIntegration(Guid.NewGuid(), i))];
        return this;
    }

    /// <summary>The issues recorded as members of a JQL integration.</summary>
    public IReadOnlySet<long> MembersOf(Guid integrationId) =>
        _memberships.TryGetValue(integrationId, out var members) ? members.Keys.ToHashSet() : new HashSet<long>();

    public Task<IReadOnlyList<SyncScopeIntegration>> GetIntegrationsAsync(Guid connectionId, CancellationToken cancellationToken) =>
        Task.FromResult(_integrations.TryGetValue(connectionId, out var list) ? list : []);

    public Task UpdateMembershipsAsync(Guid integrationId, Guid connectionId, IReadOnlyCollection<long> inScope,
        IReadOnlyCollection<long> outOfScope, CancellationToken cancellationToken)
    {
        var members = _memberships.GetOrAdd(integrationId, _ => new());
        foreach (var id in inScope)
        {
            members[id] = 0;
        }

        foreach (var id in outOfScope)
        {
            members.TryRemove(id, out _);
        }

        return Task.CompletedTask;
    }

    public Task ReplaceMembershipsAsync(Guid integrationId, Guid connectionId, IReadOnlyCollection<long> issueIds,
        CancellationToken cancellationToken)
    {
        _memberships[integrationId] = new ConcurrentDictionary<long, byte>(issueIds.Select(id => KeyValuePair.Create(id, (byte)0)));
        return Task.CompletedTask;
    }
}
