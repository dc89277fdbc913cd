namespace Panorama.Jira.Model;

/// <summary>
/// One entry of an issue's <c>issuelinks</c> field. With <see cref="Direction"/> <see cref="JiraLinkDirection.Outward"/>
/// the holding issue X and the other issue Y read "X ‹<see cref="Outward"/>› Y" (X blocks Y); with
/// <see cref="JiraLinkDirection.Inward"/> they read "X ‹<see cref="Inward"/>› Y" (X is blocked by Y).
/// </summary>
public sealed record JiraIssueLink(
    string? Id,
    string? TypeId,
    string? TypeName,
    string? Inward,
    string? Outward,
    JiraLinkDirection Direction,
    string? OtherIssueId,
    string? OtherIssueKey)
{
    /// <summary>The phrase that reads from the holding issue to the other one ("blocks", "is blocked by").</summary>
    public string? Verb => Direction == JiraLinkDirection.Outward ? Outward : Inward;
}
