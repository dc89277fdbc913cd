namespace Panorama.Core.Dependencies;

/// <summary>
/// One entry of a connection's dependency mapping as Core sees it: Jira link type (by id) and direction -&gt;
/// dependency type and strength. With <see cref="OutwardIsPredecessor"/> true, the link "X blocks Y" (X outward)
/// makes X the predecessor of Y (SPEC 3.3). Only <see cref="Synced"/> rules are used to create Jira links; the others
/// read existing links as dependencies but Panorama never writes them. Made from a connection's
/// <c>DependencyMapping</c> with <c>DependencyMapping.RulesFor</c>.
/// </summary>
public sealed record DependencyLinkRule(
    Guid ConnectionId,
    string LinkTypeId,
    bool OutwardIsPredecessor,
    DependencyType Type,
    DependencyStrength Strength,
    bool Synced = true);
