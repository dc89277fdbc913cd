using System.Collections.Concurrent;
using Panorama.Core.Connections;

namespace Panorama.Testing.Connections;

/// <summary>Link types that some structure builder uses, per connection, in memory.</summary>
public sealed class FakeLinkTypeUsage : ILinkTypeUsage
{
    private readonly ConcurrentDictionary<Guid, IReadOnlySet<string>> _used = new();

    public FakeLinkTypeUsage Use(Guid connectionId, params string[] linkTypeIds)
    {
        _used[connectionId] = linkTypeIds.ToHashSet(StringComparer.Ordinal);
        return this;
    }

    public Task<IReadOnlySet<string>> GetLinkTypesUsedByStructureAsync(Guid connectionId, CancellationToken cancellationToken) =>
        Task.FromResult(_used.TryGetValue(connectionId, out var used) ? used : new HashSet<string>());
}
