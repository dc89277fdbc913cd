using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Dependencies;

/// <summary>
/// Predecessor -&gt; successor with a type, a lag in working days (negative = lead) and a strength. A synced
/// dependency carries the Jira link id it comes from; an app-only one carries none. Cycle detection among strong
/// dependencies belongs to scheduling.
/// </summary>
public sealed record Dependency
{
    private Dependency(TaskKey predecessor, TaskKey successor, DependencyType type, int lagDays,
        DependencyStrength strength, DependencyOrigin origin, long? linkId)
    {
        Predecessor = predecessor;
        Successor = successor;
        Type = type;
        LagDays = lagDays;
        Strength = strength;
        Origin = origin;
        LinkId = linkId;
    }

    public TaskKey Predecessor { get; }

    public TaskKey Successor { get; }

    public DependencyType Type { get; }

    public int LagDays { get; }

    public DependencyStrength Strength { get; }

    public DependencyOrigin Origin { get; }

    /// <summary>The Jira issue link id of a synced dependency (on the predecessor's site); null when app-only.</summary>
    public long? LinkId { get; }

    public bool CrossesSites => Predecessor.ConnectionId != Successor.ConnectionId;

    public static Outcome<Dependency> AppOnly(TaskKey predecessor, TaskKey successor, DependencyType type,
        int lagDays = 0, DependencyStrength strength = DependencyStrength.Strong) =>
        predecessor == successor
            ? Outcome.Refused<Dependency>("A task cannot depend on itself. Choose two different tasks.")
            : new Dependency(predecessor, successor, type, lagDays, strength, DependencyOrigin.AppOnly, null);

    /// <summary>A dependency read from a Jira link; both tasks are on the link's site.</summary>
    public static Outcome<Dependency> Synced(TaskKey predecessor, TaskKey successor, long linkId, DependencyType type,
        DependencyStrength strength, int lagDays = 0)
    {
        if (predecessor == successor)
        {
            return Outcome.Refused<Dependency>("A task cannot depend on itself. Choose two different tasks.");
        }

        return predecessor.ConnectionId != successor.ConnectionId
            ? Outcome.Refused<Dependency>(
                "A synced dependency is a Jira issue link, which cannot join tasks of two different sites. " +
                "Create it as an app-only dependency.")
            : new Dependency(predecessor, successor, type, lagDays, strength, DependencyOrigin.Synced, linkId);
    }
}
