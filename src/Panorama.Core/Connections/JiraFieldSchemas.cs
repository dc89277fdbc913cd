namespace Panorama.Core.Connections;

/// <summary>The schema identifiers Jira Cloud uses for the fields Panorama recognises (API notes section 3.1).</summary>
public static class JiraFieldSchemas
{
    public const string DatePicker = "com.atlassian.jira.plugin.system.customfieldtypes:datepicker";
    public const string DateTime = "com.atlassian.jira.plugin.system.customfieldtypes:datetime";
    public const string Float = "com.atlassian.jira.plugin.system.customfieldtypes:float";
    public const string BaselineStart = "com.atlassian.jpo:jpo-custom-field-baseline-start";
    public const string BaselineEnd = "com.atlassian.jpo:jpo-custom-field-baseline-end";
    public const string ParentLink = "com.atlassian.jpo:jpo-custom-field-parent";
    public const string Sprint = "com.pyxis.greenhopper.jira:gh-sprint";
    public const string StoryPointEstimate = "com.pyxis.greenhopper.jira:jsw-story-points";

    /// <summary>Jira's system fields for due date and time tracking.</summary>
    public const string DueDate = "duedate";
    public const string OriginalEstimate = "timeoriginalestimate";
    public const string RemainingEstimate = "timeestimate";
    public const string TimeSpent = "timespent";

    public static bool IsDate(this JiraFieldInfo field) => field.SchemaType == "date";

    public static bool IsNumber(this JiraFieldInfo field) => field.SchemaType == "number";

    public static bool IsStoryPoints(this JiraFieldInfo field) =>
        field.SchemaCustom == StoryPointEstimate
        || (field.SchemaCustom == Float && field.Name.StartsWith("Story point", StringComparison.OrdinalIgnoreCase));
}
