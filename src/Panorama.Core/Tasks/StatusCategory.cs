namespace Panorama.Core.Tasks;

/// <summary>Jira's three universal status categories; the only status grouping that may merge sites (rule 15).</summary>
public enum StatusCategory
{
    ToDo,
    InProgress,
    Done,
}

public static class StatusCategories
{
    /// <summary>Maps Jira's <c>statusCategory.key</c> (<c>new</c>, <c>indeterminate</c>, <c>done</c>).</summary>
    public static StatusCategory FromJiraKey(string? key) => key switch
    {
        "done" => StatusCategory.Done,
        "indeterminate" => StatusCategory.InProgress,
        _ => StatusCategory.ToDo,
    };

    public static string ToJiraKey(this StatusCategory category) => category switch
    {
        StatusCategory.Done => "done",
        StatusCategory.InProgress => "indeterminate",
        _ => "new",
    };

    /// <summary>The name Jira shows: To Do, In Progress, Done.</summary>
    public static string DisplayName(this StatusCategory category) => category switch
    {
        StatusCategory.Done => "Done",
        StatusCategory.InProgress => "In Progress",
        _ => "To Do",
    };
}
