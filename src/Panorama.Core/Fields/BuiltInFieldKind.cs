namespace Panorama.Core.Fields;

/// <summary>What kind of value a built-in field holds; a mapped Jira field must be of a compatible kind.</summary>
public enum BuiltInFieldKind
{
    /// <summary>A calendar day, written to Jira as <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>A duration in seconds, as Jira counts estimates.</summary>
    Seconds,

    /// <summary>A number (story points, progress in percent).</summary>
    Number,

    /// <summary>Text or a reference shown as text (summary, key, assignee, issue type, site).</summary>
    Text,

    /// <summary>A status category: To Do, In Progress or Done.</summary>
    StatusCategory,
}
