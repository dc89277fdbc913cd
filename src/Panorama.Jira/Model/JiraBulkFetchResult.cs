namespace Panorama.Jira.Model;

/// <summary>
/// Issues from <c>POST /rest/api/3/issue/bulkfetch</c>, ascending by id. Issues that do not exist or are not visible are
/// silently left out by Jira; they are not in <see cref="IssueErrors"/>.
/// </summary>
public sealed record JiraBulkFetchResult(IReadOnlyList<JiraIssue> Issues, IReadOnlyList<JiraIssueError> IssueErrors);

public sealed record JiraIssueError
{
    public string? Id { get; init; }

    public string? ErrorMessage { get; init; }
}
