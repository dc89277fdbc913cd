namespace Panorama.Jira.Errors;

/// <summary>
/// What the caller knows about a write that Jira's answer does not say, so an error can tell an administrator exactly
/// what to change: "add field customfield_10015 (Start date) to the edit screen of project OPS on site beta".
/// </summary>
public sealed record JiraWriteContext
{
    /// <summary>The project key of the issue written to.</summary>
    public string? ProjectKey { get; init; }

    /// <summary>The issue type's name, when screens differ per type.</summary>
    public string? IssueTypeName { get; init; }

    /// <summary>Display names of the fields written, by field id.</summary>
    public IReadOnlyDictionary<string, string> FieldNames { get; init; } = new Dictionary<string, string>();
}
