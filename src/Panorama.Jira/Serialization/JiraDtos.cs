using Panorama.Jira.Model;

namespace Panorama.Jira.Serialization;

// Properties with a default use set, not init: the source generator assigns every init-only property, so a key
// missing from Jira's answer would overwrite the default with null.

/// <summary>
/// One page of <c>search/jql</c>. There is no <c>total</c> and no <c>startAt</c>; <c>nextPageToken</c> is absent (not
/// null) on the last page (JRACLOUD-92184), so the loop runs while it is present.
/// </summary>
internal sealed class SearchPage
{
    public List<JiraIssue> Issues { get; set; } = [];

    public string? NextPageToken { get; init; }

    public bool? IsLast { get; init; }
}

/// <summary>A <c>search/jql</c> page asked for with <c>fields=id</c>: only ids are read.</summary>
internal sealed class IdSearchPage
{
    public List<IdOnly> Issues { get; set; } = [];

    public string? NextPageToken { get; init; }
}

internal sealed class IdOnly
{
    [System.Text.Json.Serialization.JsonConverter(typeof(FlexibleStringConverter))]
    public string? Id { get; init; }
}

internal sealed class BulkFetchPage
{
    public List<JiraIssue> Issues { get; set; } = [];

    public List<JiraIssueError> IssueErrors { get; set; } = [];
}

internal sealed class ChangelogPage
{
    public List<JiraIssueChangelog> IssueChangeLogs { get; set; } = [];

    public string? NextPageToken { get; init; }
}

internal sealed class ProjectPage
{
    public List<JiraProject> Values { get; set; } = [];

    public bool? IsLast { get; init; }

    public int? StartAt { get; init; }

    public int? MaxResults { get; init; }
}

internal sealed class PermissionsResponse
{
    public Dictionary<string, JiraPermission> Permissions { get; set; } = [];
}

internal sealed class IssueLinkTypesResponse
{
    public List<JiraIssueLinkType> IssueLinkTypes { get; set; } = [];
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
