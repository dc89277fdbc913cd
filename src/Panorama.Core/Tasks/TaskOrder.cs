namespace Panorama.Core.Tasks;

/// <summary>
/// The order tasks are listed in wherever nothing else decides: site (primary first), then project key, then the
/// issue number of the key (so OPS-9 comes before OPS-10), then issue id.
/// </summary>
public sealed class TaskOrder(SiteDirectory sites) : IComparer<PlanTask>
{
    public int Compare(PlanTask? x, PlanTask? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var bySite = sites.OrderOf(x.ConnectionId).CompareTo(sites.OrderOf(y.ConnectionId));
        if (bySite != 0)
        {
            return bySite;
        }

        var byConnection = x.ConnectionId.CompareTo(y.ConnectionId);
        if (byConnection != 0)
        {
            return byConnection;
        }

        var byProject = string.CompareOrdinal(x.Project.Key, y.Project.Key);
        if (byProject != 0)
        {
            return byProject;
        }

        var byNumber = IssueNumber(x.IssueKey).CompareTo(IssueNumber(y.IssueKey));
        return byNumber != 0 ? byNumber : x.IssueId.CompareTo(y.IssueId);
    }

    /// <summary>The number after the last dash of an issue key; 0 when there is none.</summary>
    public static long IssueNumber(string issueKey)
    {
        var dash = issueKey.LastIndexOf('-');
        return dash >= 0 && long.TryParse(issueKey.AsSpan(dash + 1), out var number) ? number : 0;
    }
}
