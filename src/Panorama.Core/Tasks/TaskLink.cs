namespace Panorama.Core.Tasks;

/// <summary>
/// A Jira issue link of one site, in Jira's outward direction: it reads "From &lt;outward&gt; To", e.g. with the
/// link type Blocks, "From blocks To". On issue X, <c>outwardIssue: Y</c> gives From = X, To = Y.
/// </summary>
public sealed record TaskLink(Guid ConnectionId, long LinkId, string TypeId, long FromIssueId, long ToIssueId)
{
    public TaskKey From => new(ConnectionId, FromIssueId);

    public TaskKey To => new(ConnectionId, ToIssueId);
}
