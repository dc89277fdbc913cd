using Panorama.Core.Dependencies;

namespace Panorama.Core.Connections;

/// <summary>A connection's dependency mapping: Jira link type and direction -> dependency type and strength.</summary>
public sealed record DependencyMapping(IReadOnlyList<DependencyMappingEntry> Entries)
{
    public static DependencyMapping Empty { get; } = new([]);

    public DependencyMappingEntry? For(string linkTypeId) => Entries.FirstOrDefault(e => e.LinkTypeId == linkTypeId);

    /// <summary>
    /// The mapping as the rules <see cref="DependencyRoute"/> reads links and chooses links with: on issue X,
    /// <c>outwardIssue: Y</c> reads "X &lt;outward&gt; Y"; an <see cref="LinkDirection.Outward"/> entry makes X the
    /// predecessor (SPEC 3.3).
    /// </summary>
    public IEnumerable<DependencyLinkRule> RulesFor(Guid connectionId) =>
        Entries.Select(e => new DependencyLinkRule(
            connectionId, e.LinkTypeId, e.Direction == LinkDirection.Outward, e.Type, e.Strength, e.Synced));
}
