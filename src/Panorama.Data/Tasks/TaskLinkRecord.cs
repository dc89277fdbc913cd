namespace Panorama.Data.Tasks;

/// <summary>
/// A Jira issue link of one site: "source &lt;outward verb&gt; destination" (on the source issue Jira shows the
/// destination as <c>outwardIssue</c>; <c>issuelink_*</c> webhooks name them sourceIssueId/destinationIssueId).
/// </summary>
public sealed class TaskLinkRecord
{
    public Guid ConnectionId { get; set; }

    public long LinkId { get; set; }

    public required string LinkTypeId { get; set; }

    public long SourceIssueId { get; set; }

    public long DestinationIssueId { get; set; }

    public long ChangeVersion { get; set; }
}
