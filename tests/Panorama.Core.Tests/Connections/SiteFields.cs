using Panorama.Core.Connections;

namespace Panorama.Core.Tests.Connections;

/// <summary>A site's field list as Jira describes it, with site-specific custom field ids.</summary>
internal static class SiteFields
{
    public static readonly JiraFieldInfo Summary = new("summary", "Summary", false, "string", SchemaSystem: "summary");
    public static readonly JiraFieldInfo DueDate = new("duedate", "Due date", false, "date", SchemaSystem: "duedate");
    public static readonly JiraFieldInfo StartDate = new("customfield_10234", "Start date", true, "date", SchemaCustom: JiraFieldSchemas.DatePicker);
    public static readonly JiraFieldInfo OtherDate = new("customfield_10300", "Go-live", true, "date", SchemaCustom: JiraFieldSchemas.DatePicker);
    public static readonly JiraFieldInfo TargetStart = new("customfield_10022", "Target start", true, "date", SchemaCustom: JiraFieldSchemas.BaselineStart);
    public static readonly JiraFieldInfo TargetEnd = new("customfield_10023", "Target end", true, "date", SchemaCustom: JiraFieldSchemas.BaselineEnd);
    public static readonly JiraFieldInfo StoryPoints = new("customfield_10401", "Story Points", true, "number", SchemaCustom: JiraFieldSchemas.Float);
    public static readonly JiraFieldInfo Original = new("timeoriginalestimate", "Original estimate", false, "number", SchemaSystem: "timeoriginalestimate");
    public static readonly JiraFieldInfo Remaining = new("timeestimate", "Remaining Estimate", false, "number", SchemaSystem: "timeestimate");
    public static readonly JiraFieldInfo Team = new("customfield_10500", "Team", true, "string", SchemaCustom: "com.atlassian.jira.plugin.system.customfieldtypes:textfield");

    public static IReadOnlyCollection<JiraFieldInfo> All { get; } =
        [Summary, DueDate, StartDate, OtherDate, TargetStart, TargetEnd, StoryPoints, Original, Remaining, Team];
}
