namespace Panorama.Jira.Model;

/// <summary>
/// Which side of a link the *other* issue is on, as seen from the issue that holds the <c>issuelinks</c> entry
/// (official "Jira issue linking model"; shared/docs/jira-cloud-api.md 4.2; SPEC 3.3).
/// </summary>
public enum JiraLinkDirection
{
    /// <summary><c>outwardIssue: Y</c> on issue X reads "X ‹type.outward› Y", e.g. X <em>blocks</em> Y.</summary>
    Outward,

    /// <summary><c>inwardIssue: Y</c> on issue X reads "X ‹type.inward› Y", e.g. X <em>is blocked by</em> Y.</summary>
    Inward,
}
