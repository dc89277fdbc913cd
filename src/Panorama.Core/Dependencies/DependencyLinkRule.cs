namespace Panorama.Core.Dependencies;

/// <summary>
/// One entry of a connection's dependency mapping as Core sees it: Jira link type (by id) and direction -&gt;
/// dependency type and strength. With <see cref="OutwardIsPredecessor"/> true, the link "X blocks Y" (X outward)
/// makes X the predecessor of Y (SPEC 3.3).
/// </summary>
public sealed record DependencyLinkRule(
    Guid ConnectionId,
    string LinkTypeId,
    bool OutwardIsPredecessor,
    DependencyType Type,
    DependencyStrength Strength);
