using Panorama.JiraSim.Model;
using Panorama.JiraSim.Rendering;

namespace Panorama.JiraSim.State;

/// <summary>
/// One issue. Mutable, but only under the site's write lock; readers hold the read lock. Rendered JSON is cached per
/// field selection in <see cref="Renders"/> and dropped whenever the issue, or a neighbour it shows (parent,
/// sub-task, linked issue), changes.
/// </summary>
internal sealed class SimIssue
{
    public required long Id { get; init; }

    public required string Key { get; init; }

    public required SimProject Project { get; init; }

    public required SimIssueType Type { get; set; }

    public required SimStatus Status { get; set; }

    public required string Summary { get; set; }

    /// <summary>Paragraphs of plain text: ADF in REST v3, a wiki string in webhooks (v2). Empty means no description.</summary>
    public IReadOnlyList<string> Description { get; set; } = [];

    public required SimPriority Priority { get; set; }

    public string? AssigneeId { get; set; }

    public required string ReporterId { get; set; }

    public required string CreatorId { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required DateTimeOffset Updated { get; set; }

    public required DateTimeOffset StatusCategoryChanged { get; set; }

    public DateTimeOffset? ResolutionDate { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? TargetStart { get; set; }

    public DateOnly? TargetEnd { get; set; }

    public long? OriginalEstimate { get; set; }

    public long? RemainingEstimate { get; set; }

    public long? TimeSpent { get; set; }

    public double? StoryPoints { get; set; }

    public IReadOnlyList<long> SprintIds { get; set; } = [];

    public IReadOnlyList<long> FixVersionIds { get; set; } = [];

    public IReadOnlyList<long> ComponentIds { get; set; } = [];

    public IReadOnlyList<string> Labels { get; set; } = [];

    public long? ParentId { get; set; }

    public required string Rank { get; set; }

    /// <summary>Sub-tasks and, for epics, child issues; kept in id order.</summary>
    public List<long> ChildIds { get; } = [];

    /// <summary>Links where this issue is the source or the destination, in creation order.</summary>
    public List<SimLink> Links { get; } = [];

    public List<ChangeHistory> History { get; } = [];

    public required RenderCache Renders { get; init; }

    public bool IsResolved => Status.Category == StatusCategoryDef.Done;
}
