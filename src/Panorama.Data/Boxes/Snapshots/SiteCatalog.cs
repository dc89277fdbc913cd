using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Tasks;
using Panorama.Data.Connections;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// What boxes need to know about the connections, read once per change of the connections table: the sites in
/// display order, each connection's dependency rules and status (a task of a connection that is not valid is stale,
/// rule 5). <see cref="Stamp"/> (id and version of each connection) tells whether it must be read again.
/// </summary>
public sealed class SiteCatalog
{
    private readonly Dictionary<Guid, SiteState> _states;

    private SiteCatalog(SiteDirectory directory, Dictionary<Guid, SiteState> states, ConnectionStamp stamp)
    {
        Directory = directory;
        _states = states;
        Stamp = stamp;
        DependencyRules = [.. states.Values.SelectMany(s => s.Rules)];
    }

    public static SiteCatalog Empty { get; } = new(new SiteDirectory([]), [], ConnectionStamp.Empty);

    public SiteDirectory Directory { get; }

    public ConnectionStamp Stamp { get; }

    /// <summary>Every connection's dependency rules (to read links as dependencies and to check structures, rule 13).</summary>
    public IReadOnlyList<DependencyLinkRule> DependencyRules { get; }

    public static SiteCatalog From(IEnumerable<Connection> connections)
    {
        var list = connections.ToList();
        var states = list.ToDictionary(c => c.Id, c => new SiteState(
            c.Status, c.StatusReason, [.. c.ReadDependencyMapping().RulesFor(c.Id)]));
        var directory = new SiteDirectory(list.Select(c => new SiteRef(c.Id, c.Name, c.Role == ConnectionRole.Primary)));
        return new SiteCatalog(directory, states, ConnectionStamp.Of(list.Select(c => (c.Id, c.Version))));
    }

    public IReadOnlyList<DependencyLinkRule> RulesFor(Guid connectionId) =>
        _states.TryGetValue(connectionId, out var state) ? state.Rules : [];

    public ConnectionStatus StatusOf(Guid connectionId) =>
        _states.TryGetValue(connectionId, out var state) ? state.Status : ConnectionStatus.Invalid;

    public string? StatusReasonOf(Guid connectionId) => _states.TryGetValue(connectionId, out var state) ? state.Reason : null;

    /// <summary>Rule 5: a task is stale while its connection is not valid (it shows its last synchronised state).</summary>
    public bool IsStale(Guid connectionId) => StatusOf(connectionId) != ConnectionStatus.Valid;

    private sealed record SiteState(ConnectionStatus Status, string? Reason, IReadOnlyList<DependencyLinkRule> Rules);
}

/// <summary>Each connection's id and version, sorted: equal stamps mean nothing about the connections changed.</summary>
public sealed class ConnectionStamp : IEquatable<ConnectionStamp>
{
    private readonly (Guid Id, long Version)[] _entries;

    private ConnectionStamp((Guid, long)[] entries) => _entries = entries;

    public static ConnectionStamp Empty { get; } = new([]);

    public static ConnectionStamp Of(IEnumerable<(Guid Id, long Version)> entries) => new([.. entries.OrderBy(e => e.Id)]);

    public bool Equals(ConnectionStamp? other) => other is not null && _entries.AsSpan().SequenceEqual(other._entries);

    public override bool Equals(object? obj) => obj is ConnectionStamp other && Equals(other);

    public override int GetHashCode() => _entries.Length;
}
