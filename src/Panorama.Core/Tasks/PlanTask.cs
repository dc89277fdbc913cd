namespace Panorama.Core.Tasks;

/// <summary>
/// A task in a plan: one Jira issue of one site as Panorama holds it. Immutable; a change from Jira makes a new
/// instance (<c>task with { ... }</c>). References to projects, issue types, statuses and people are meant to be
/// shared between tasks (see <see cref="SharedRefs"/>), so 100,000 tasks cost little more than their text and
/// their raw native fields.
/// </summary>
public sealed record PlanTask
{
    public required TaskKey Key { get; init; }

    /// <summary>Jira's issue key (<c>OPS-12</c>); an attribute, it changes when the issue moves.</summary>
    public required string IssueKey { get; init; }

    public required ProjectRef Project { get; init; }

    public required IssueTypeRef IssueType { get; init; }

    public required StatusRef Status { get; init; }

    public StatusCategory StatusCategory => Status.Category;

    public string Summary { get; init; } = "";

    public Person? Assignee { get; init; }

    /// <summary>Jira's <c>parent</c> (epic of a story, story of a sub-task), same site.</summary>
    public long? ParentIssueId { get; init; }

    public DateOnly? StartDate { get; init; }

    /// <summary>The last day of the task, inclusive.</summary>
    public DateOnly? EndDate { get; init; }

    public DateOnly? BaselineStart { get; init; }

    public DateOnly? BaselineEnd { get; init; }

    /// <summary>Seconds, as Jira counts estimates.</summary>
    public long? OriginalEstimate { get; init; }

    public long? RemainingEstimate { get; init; }

    public long? TimeSpent { get; init; }

    /// <summary>Percent, 0 to 100.</summary>
    public double? Progress { get; init; }

    public double? StoryPoints { get; init; }

    /// <summary>Every field Jira returned, raw; a native column reads from here.</summary>
    public NativeFieldValues NativeFields { get; init; } = NativeFieldValues.Empty;

    /// <summary>Jira's <c>updated</c>: the sync engine never lets an older state replace a newer one.</summary>
    public DateTimeOffset Updated { get; init; }

    public Guid ConnectionId => Key.ConnectionId;

    public long IssueId => Key.IssueId;
}
