using Panorama.Core.Dependencies;

namespace Panorama.Core.Connections;

/// <summary>A connection's dependency mapping: Jira link type and direction -> dependency type and strength.</summary>
public sealed record DependencyMapping(IReadOnlyList<DependencyMappingEntry> Entries)
{
    public static DependencyMapping Empty { get; } = new([]);

    public DependencyMappingEntry? For(string linkTypeId) => Entries.FirstOrDefault(e => e.LinkTypeId == linkTypeId);

    /// <summary>
    /// Reads a Jira link "source &lt;outward&gt; destination" as a dependency, or null when its type is not mapped.
    /// </summary>
    public LinkAsDependency? Resolve(string linkTypeId, long sourceIssueId, long destinationIssueId) =>
        For(linkTypeId) is not { } entry
            ? null
            : entry.Direction == LinkDirection.Outward
                ? new LinkAsDependency(sourceIssueId, destinationIssueId, entry.Type, entry.Strength)
                : new LinkAsDependency(destinationIssueId, sourceIssueId, entry.Type, entry.Strength);

    /// <summary>
    /// The Jira link to create for a dependency of this type between two issues of the site: the first synced
    /// entry of that type, with source and destination set by its direction. Null when no link type is mapped.
    /// </summary>
    public LinkToCreate? LinkFor(DependencyType type, long predecessorIssueId, long successorIssueId) =>
        Entries.FirstOrDefault(e => e.Synced && e.Type == type) is not { } entry
            ? null
            : entry.Direction == LinkDirection.Outward
                ? new LinkToCreate(entry.LinkTypeId, predecessorIssueId, successorIssueId)
                : new LinkToCreate(entry.LinkTypeId, successorIssueId, predecessorIssueId);
}

/// <summary>A Jira link read as a dependency between two issues of one site.</summary>
public sealed record LinkAsDependency(long PredecessorIssueId, long SuccessorIssueId, DependencyType Type, DependencyStrength Strength);

/// <summary>A Jira link to create: "source &lt;outward verb&gt; destination".</summary>
public sealed record LinkToCreate(string LinkTypeId, long SourceIssueId, long DestinationIssueId);
