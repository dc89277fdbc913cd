using Panorama.JiraSim.Model;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim;

/// <summary>Read-only snapshots of a site's state for in-process tests; each call copies under the site's read lock.</summary>
public sealed class SiteStateView
{
    private readonly SiteRuntime _site;

    internal SiteStateView(SiteRuntime site) => _site = site;

    /// <summary>The site-specific ids of Start date, Story Points, Sprint, Target start/end and Rank.</summary>
    public SiteFieldIds FieldIds => _site.Catalog.FieldIds;

    public IReadOnlyList<string> ProjectKeys => _site.Catalog.Projects.Select(p => p.Key).ToList();

    public IReadOnlyList<LinkTypeSnapshot> LinkTypes =>
        _site.Catalog.LinkTypes.Select(t => new LinkTypeSnapshot(t.Id.ToString(), t.Name, t.Inward, t.Outward)).ToList();

    public IReadOnlyList<StatusSnapshot> Statuses =>
        _site.Catalog.Statuses.Select(s => new StatusSnapshot(s.Id.ToString(), s.Name, s.Category.Key)).ToList();

    public IReadOnlyList<IssueSnapshot> Issues()
    {
        using (_site.State.Read())
        {
            return _site.State.IssuesById.Values.OrderBy(i => i.Id).Select(Snapshot).ToList();
        }
    }

    public IssueSnapshot? Issue(string idOrKey)
    {
        using (_site.State.Read())
        {
            return _site.State.Find(idOrKey) is { } issue ? Snapshot(issue) : null;
        }
    }

    public IReadOnlyList<LinkSnapshot> Links()
    {
        using (_site.State.Read())
        {
            return _site.State.Links.Values.OrderBy(l => l.Id).Select(l => new LinkSnapshot(
                l.Id.ToString(), l.Type.Name, l.Type.Id.ToString(),
                l.SourceId.ToString(), _site.State.IssuesById[l.SourceId].Key,
                l.DestinationId.ToString(), _site.State.IssuesById[l.DestinationId].Key)).ToList();
        }
    }

    /// <summary>Field ids on the edit screen of each project, by project key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Screens()
    {
        using (_site.State.Read())
        {
            return _site.Catalog.Projects.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. _site.State.Screens[p.Id].Order(StringComparer.Ordinal)]);
        }
    }

    private IssueSnapshot Snapshot(SimIssue issue) => new(
        issue.Id.ToString(), issue.Key, issue.Project.Key, issue.Type.Name, issue.Status.Name, issue.Status.Category.Key, issue.Summary,
        issue.Created, issue.Updated, issue.StartDate, issue.DueDate, issue.TargetStart, issue.TargetEnd,
        issue.OriginalEstimate, issue.RemainingEstimate, issue.TimeSpent, issue.StoryPoints, issue.AssigneeId,
        issue.ParentId is { } parentId && _site.State.IssuesById.TryGetValue(parentId, out var parent) ? parent.Key : null,
        [.. issue.Labels], issue.History.Count);
}

public sealed record IssueSnapshot(
    string Id,
    string Key,
    string ProjectKey,
    string IssueType,
    string Status,
    string StatusCategoryKey,
    string Summary,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    DateOnly? StartDate,
    DateOnly? DueDate,
    DateOnly? TargetStart,
    DateOnly? TargetEnd,
    long? OriginalEstimateSeconds,
    long? RemainingEstimateSeconds,
    long? TimeSpentSeconds,
    double? StoryPoints,
    string? AssigneeAccountId,
    string? ParentKey,
    IReadOnlyList<string> Labels,
    int ChangelogEntries);

/// <summary>A link read as "source &lt;outward&gt; destination", e.g. source blocks destination.</summary>
public sealed record LinkSnapshot(string Id, string TypeName, string TypeId, string SourceId, string SourceKey, string DestinationId, string DestinationKey);

public sealed record LinkTypeSnapshot(string Id, string Name, string Inward, string Outward);

public sealed record StatusSnapshot(string Id, string Name, string CategoryKey);
