using System.Collections.Frozen;

namespace Panorama.JiraSim.Model;

/// <summary>
/// A site's configuration: what differs between real sites (custom field ids, status and link type ids, project keys)
/// and stays fixed while the site runs. Users are the exception: the control API may change them.
/// </summary>
internal sealed class SiteCatalog
{
    public required string Name { get; init; }

    public required Guid CloudId { get; init; }

    public required UserDirectory Users { get; init; }

    /// <summary>The technical user Panorama connects with (holds ADMINISTER).</summary>
    public required string TechnicalAccountId { get; init; }

    /// <summary>The account the control API acts as: a person editing issues in Jira's UI.</summary>
    public required string EditorAccountId { get; init; }

    public required IReadOnlyList<SimProject> Projects { get; init; }

    public required IReadOnlyList<SimIssueType> IssueTypes { get; init; }

    public required IReadOnlyList<SimStatus> Statuses { get; init; }

    public required IReadOnlyList<SimPriority> Priorities { get; init; }

    public required IReadOnlyList<SimLinkType> LinkTypes { get; init; }

    public required IReadOnlyList<FieldDef> Fields { get; init; }

    public required SiteFieldIds FieldIds { get; init; }

    public FrozenDictionary<string, FieldDef> FieldsById => field ??= Fields.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);

    public SimProject? Project(string idOrKey) =>
        Projects.FirstOrDefault(p => string.Equals(p.Key, idOrKey, StringComparison.OrdinalIgnoreCase) || p.Id.ToString() == idOrKey);

    public SimProject ProjectById(long id) => Projects.First(p => p.Id == id);

    public SimIssueType? IssueType(string idOrName) =>
        IssueTypes.FirstOrDefault(t => string.Equals(t.Name, idOrName, StringComparison.OrdinalIgnoreCase) || t.Id.ToString() == idOrName);

    public SimStatus? Status(string idOrName) =>
        Statuses.FirstOrDefault(s => string.Equals(s.Name, idOrName, StringComparison.OrdinalIgnoreCase) || s.Id.ToString() == idOrName);

    public SimPriority? Priority(string idOrName) =>
        Priorities.FirstOrDefault(p => string.Equals(p.Name, idOrName, StringComparison.OrdinalIgnoreCase) || p.Id.ToString() == idOrName);

    public SimLinkType? LinkType(string idOrName) =>
        LinkTypes.FirstOrDefault(t => string.Equals(t.Name, idOrName, StringComparison.OrdinalIgnoreCase) || t.Id.ToString() == idOrName);

    public SimPriority DefaultPriority => Priorities[2];
}
