namespace Panorama.JiraSim.State;

/// <summary>Structural changes to <see cref="SiteState"/> that keep its indexes and render caches consistent (write lock held).</summary>
internal static class SiteStateMutations
{
    public static void AddIssue(this SiteState state, SimIssue issue)
    {
        state.IssuesById.Add(issue.Id, issue);
        state.IssuesByKey.Add(issue.Key, issue);
        if (issue.ParentId is { } parentId && state.IssuesById.TryGetValue(parentId, out var parent))
        {
            parent.ChildIds.Add(issue.Id);
            parent.Renders.Clear();
        }

        state.Version++;
    }

    public static void RemoveIssue(this SiteState state, SimIssue issue)
    {
        state.Invalidate(issue);
        state.IssuesById.Remove(issue.Id);
        state.IssuesByKey.Remove(issue.Key);
        if (issue.ParentId is { } parentId && state.IssuesById.TryGetValue(parentId, out var parent))
        {
            parent.ChildIds.Remove(issue.Id);
        }

        foreach (var childId in issue.ChildIds)
        {
            if (state.IssuesById.TryGetValue(childId, out var child) && child.ParentId == issue.Id)
            {
                child.ParentId = null;
            }
        }

        state.Version++;
    }

    public static void AddLink(this SiteState state, SimLink link)
    {
        state.Links.Add(link.Id, link);
        foreach (var id in (ReadOnlySpan<long>)[link.SourceId, link.DestinationId])
        {
            if (state.IssuesById.TryGetValue(id, out var issue))
            {
                issue.Links.Add(link);
                issue.Renders.Clear();
            }
        }

        state.Version++;
    }

    public static void RemoveLink(this SiteState state, SimLink link)
    {
        state.Links.Remove(link.Id);
        foreach (var id in (ReadOnlySpan<long>)[link.SourceId, link.DestinationId])
        {
            if (state.IssuesById.TryGetValue(id, out var issue))
            {
                issue.Links.Remove(link);
                issue.Renders.Clear();
            }
        }

        state.Version++;
    }

    /// <summary>Drops every cached issue JSON, e.g. when a user's name or state changes (users appear in many issues).</summary>
    public static void InvalidateAll(this SiteState state)
    {
        foreach (var issue in state.IssuesById.Values)
        {
            issue.Renders.Clear();
        }

        state.Version++;
    }

    /// <summary>Drops the cached JSON of an issue and of every issue that shows it (parent, children, linked issues).</summary>
    public static void Invalidate(this SiteState state, SimIssue issue)
    {
        issue.Renders.Clear();
        if (issue.ParentId is { } parentId && state.IssuesById.TryGetValue(parentId, out var parent))
        {
            parent.Renders.Clear();
        }

        foreach (var childId in issue.ChildIds)
        {
            if (state.IssuesById.TryGetValue(childId, out var child))
            {
                child.Renders.Clear();
            }
        }

        foreach (var link in issue.Links)
        {
            var otherId = link.SourceId == issue.Id ? link.DestinationId : link.SourceId;
            if (state.IssuesById.TryGetValue(otherId, out var other))
            {
                other.Renders.Clear();
            }
        }

        state.Version++;
    }
}
