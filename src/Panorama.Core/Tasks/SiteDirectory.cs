using System.Collections.Frozen;

namespace Panorama.Core.Tasks;

/// <summary>
/// The connected sites, in display order: the primary first, then the secondaries by name. At most one site is
/// primary (none while the first connection is being set up).
/// </summary>
public sealed class SiteDirectory
{
    private readonly FrozenDictionary<Guid, int> _order;
    private readonly FrozenDictionary<string, SiteRef> _byName;

    public SiteDirectory(IEnumerable<SiteRef> sites)
    {
        Sites = [.. sites.OrderBy(s => s.IsPrimary ? 0 : 1).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.ConnectionId)];
        if (Sites.Count(s => s.IsPrimary) > 1)
        {
            throw new ArgumentException("At most one site can be the primary site.", nameof(sites));
        }

        _order = Sites.Select((site, index) => (site, index)).ToFrozenDictionary(p => p.site.ConnectionId, p => p.index);
        _byName = Sites.DistinctBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        Primary = Sites.FirstOrDefault(s => s.IsPrimary);
    }

    public IReadOnlyList<SiteRef> Sites { get; }

    public SiteRef? Primary { get; }

    public SiteRef? Find(Guid connectionId) => _order.TryGetValue(connectionId, out var index) ? Sites[index] : null;

    public SiteRef? FindByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The site's position in display order; unknown sites sort last.</summary>
    public int OrderOf(Guid connectionId) => _order.TryGetValue(connectionId, out var index) ? index : int.MaxValue;

    /// <summary>The site's name, or the connection id when the site is unknown (a removed connection).</summary>
    public string NameOf(Guid connectionId) => Find(connectionId)?.Name ?? connectionId.ToString("N");
}
