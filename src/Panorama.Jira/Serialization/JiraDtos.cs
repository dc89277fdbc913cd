using Panorama.Jira.Model;

namespace Panorama.Jira.Serialization;

/// <summary>
/// One page of <c>search/jql</c>. There is no <c>total</c> and no <c>startAt</c>; <c>nextPageToken</c> is absent (not
/// null) on the last page (JRACLOUD-92184), so the loop runs while it is present.
/// </summary>
internal sealed class SearchPage
{
    public List<JiraIssue> Issues { get; init; } = [];

    public string? NextPageToken { get; init; }

    public bool? IsLast { get; init; }
}

/// <summary>A <c>search/jql</c> page asked for with <c>fields=id</c>: only ids are read.</summary>
internal sealed class IdSearchPage
{
    public List<IdOnly> Issues { get; init; } = [];

    public string? NextPageToken { get; init; }
}

internal sealed class IdOnly
{
    [System.Text.Json.Serialization.JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }
}

internal sealed class BulkFetchPage
{
    public List<JiraIssue> Issues { get; init; } = [];

    public List<JiraIssueError> IssueErrors { get; init; } = [];
}

internal sealed class ChangelogPage
{
    public List<JiraIssueChangelog> IssueChangeLogs { get; init; } = [];

    public string? NextPageToken { get; init; }
}

internal sealed class ProjectPage
{
    public List<JiraProject> Values { get; init; } = [];

    public bool? IsLast { get; init; }

    public int? StartAt { get; init; }

    public int? MaxResults { get; init; }
}

internal sealed class PermissionsResponse
{
    public Dictionary<string, JiraPermission> Permissions { get; init; } = [];
}

internal sealed class IssueLinkTypesResponse
{
    public List<JiraIssueLinkType> IssueLinkTypes { get; init; } = [];
}

internal sealed class ApproximateCountResponse
{
    public long Count { get; init; }
}

internal sealed class CreatedIssueResponse
{
    [System.Text.Json.Serialization.JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }

    public string? Key { get; init; }

    public string? Self { get; init; }
}

internal sealed class TenantInfo
{
    public string? CloudId { get; init; }
}
