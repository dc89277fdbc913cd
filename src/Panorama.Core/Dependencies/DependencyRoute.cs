using Panorama.Core.Tasks;

namespace Panorama.Core.Dependencies;

/// <summary>
/// Where a new dependency goes: across sites it is always app-only; within one site it becomes a Jira link when the
/// connection's dependency mapping has a rule for the requested type and strength, else it is app-only.
/// </summary>
public sealed record DependencyRoute(DependencyOrigin Origin, DependencyLinkRule? Rule)
{
    /// <summary>For a synced route: the issue that is the link's outward side ("From &lt;outward&gt; To").</summary>
    public TaskKey? LinkFrom { get; private init; }

    public TaskKey? LinkTo { get; private init; }

    public static DependencyRoute Choose(TaskKey predecessor, TaskKey successor, DependencyType type,
        DependencyStrength strength, IEnumerable<DependencyLinkRule> rules)
    {
        if (predecessor.ConnectionId != successor.ConnectionId)
        {
            return new DependencyRoute(DependencyOrigin.AppOnly, null);
        }

        var rule = rules
            .Where(r => r.Synced && r.ConnectionId == predecessor.ConnectionId && r.Type == type && r.Strength == strength)
            .OrderBy(r => r.LinkTypeId, StringComparer.Ordinal)
            .FirstOrDefault();
        if (rule is null)
        {
            return new DependencyRoute(DependencyOrigin.AppOnly, null);
        }

        return new DependencyRoute(DependencyOrigin.Synced, rule)
        {
            LinkFrom = rule.OutwardIsPredecessor ? predecessor : successor,
            LinkTo = rule.OutwardIsPredecessor ? successor : predecessor,
        };
    }

    /// <summary>
    /// Reads a Jira link as a dependency when its type is mapped on its site; null when the link is not a dependency.
    /// </summary>
    public static Dependency? FromLink(TaskLink link, IEnumerable<DependencyLinkRule> rules)
    {
        var rule = rules.FirstOrDefault(r => r.ConnectionId == link.ConnectionId && r.LinkTypeId == link.TypeId);
        if (rule is null)
        {
            return null;
        }

        var (predecessor, successor) = rule.OutwardIsPredecessor ? (link.From, link.To) : (link.To, link.From);
        var dependency = Dependency.Synced(predecessor, successor, link.LinkId, rule.Type, rule.Strength);
        return dependency.IsOk ? dependency.Value : null;
    }
}
