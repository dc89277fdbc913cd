namespace Panorama.Jira.Model;

/// <summary>The answer to <c>POST /rest/api/3/issue</c>.</summary>
public sealed record JiraCreatedIssue(string Id, string Key, string? Self);
