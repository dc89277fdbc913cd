using Panorama.Core.Dependencies;

namespace Panorama.Core.Connections;

/// <summary>
/// One Jira link type of a site read as a dependency. <see cref="Synced"/> false means the link type is drawn as a
/// dependency but Panorama never creates or deletes such links.
/// </summary>
public sealed record DependencyMappingEntry(
    string LinkTypeId,
    LinkDirection Direction,
    DependencyType Type,
    DependencyStrength Strength,
    bool Synced = true);
