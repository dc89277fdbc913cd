using Panorama.JiraSim.Model;

namespace Panorama.JiraSim.Seeding;

/// <summary>
/// The fields of a simulated site: Jira Cloud's system fields, and custom fields (Start date, Story Points, Sprint,
/// Target start/end, Rank and a few that stay empty) whose ids differ per site.
/// </summary>
internal static class FieldTable
{
    private static readonly string[] Set = ["set"];
    private static readonly string[] AddSetRemove = ["add", "set", "remove"];

    public static (IReadOnlyList<FieldDef> Fields, SiteFieldIds Ids) Build(Random random, int siteIndex)
    {
        var fields = new List<FieldDef>();
        void System(string id, string name, FieldKind kind, string type, bool navigable = true, string? items = null, IReadOnlyList<string>? operations = null, IReadOnlyList<string>? clauses = null, bool searchable = true) =>
            fields.Add(new FieldDef(fields.Count, id, name, kind, navigable, operations is not null, searchable, type, items, id, null, operations is not null, operations, clauses));

        System("statuscategorychangedate", "Status Category Changed", FieldKind.StatusCategoryChangeDate, "datetime");
        System("issuetype", "Issue Type", FieldKind.IssueType, "issuetype", operations: Set, clauses: ["issuetype", "type"]);
        System("parent", "Parent", FieldKind.Parent, "issuelink", operations: Set);
        System("timespent", "Time Spent", FieldKind.TimeSpent, "number", searchable: false);
        System("project", "Project", FieldKind.Project, "project");
        System("fixVersions", "Fix versions", FieldKind.FixVersions, "array", items: "version", operations: AddSetRemove, clauses: ["fixVersion"]);
        System("aggregatetimespent", "Σ Time Spent", FieldKind.AggregateTimeSpent, "number", searchable: false);
        System("resolution", "Resolution", FieldKind.Resolution, "resolution");
        System("resolutiondate", "Resolved", FieldKind.ResolutionDate, "datetime", clauses: ["resolutiondate", "resolved"]);
        System("workratio", "Work Ratio", FieldKind.WorkRatio, "number");
        System("watches", "Watchers", FieldKind.Watches, "watches", searchable: false);
        System("lastViewed", "Last Viewed", FieldKind.LastViewed, "datetime");
        System("created", "Created", FieldKind.Created, "datetime", clauses: ["created", "createdDate"]);
        System("priority", "Priority", FieldKind.Priority, "priority", operations: Set);
        System("labels", "Labels", FieldKind.Labels, "array", items: "string", operations: AddSetRemove);
        System("aggregatetimeoriginalestimate", "Σ Original Estimate", FieldKind.AggregateTimeOriginalEstimate, "number", searchable: false);
        System("timeestimate", "Remaining Estimate", FieldKind.TimeEstimate, "number", clauses: ["remainingEstimate", "timeestimate"]);
        System("versions", "Affects versions", FieldKind.Versions, "array", items: "version", clauses: ["affectedVersion"]);
        System("issuelinks", "Linked Issues", FieldKind.IssueLinks, "array", items: "issuelinks");
        System("assignee", "Assignee", FieldKind.Assignee, "user", operations: Set);
        System("updated", "Updated", FieldKind.Updated, "datetime", clauses: ["updated", "updatedDate"]);
        System("status", "Status", FieldKind.Status, "status");
        System("components", "Components", FieldKind.Components, "array", items: "component", operations: AddSetRemove, clauses: ["component"]);
        System("timeoriginalestimate", "Original estimate", FieldKind.TimeOriginalEstimate, "number", clauses: ["originalEstimate", "timeoriginalestimate"]);
        System("description", "Description", FieldKind.Description, "string", operations: Set);
        System("timetracking", "Time tracking", FieldKind.TimeTracking, "timetracking", navigable: false, operations: ["set", "edit"], searchable: false);
        System("security", "Security Level", FieldKind.Security, "securitylevel");
        System("attachment", "Attachment", FieldKind.Attachment, "array", navigable: false, items: "attachment");
        System("aggregatetimeestimate", "Σ Remaining Estimate", FieldKind.AggregateTimeEstimate, "number", searchable: false);
        System("summary", "Summary", FieldKind.Summary, "string", operations: Set);
        System("creator", "Creator", FieldKind.Creator, "user");
        System("subtasks", "Sub-tasks", FieldKind.Subtasks, "array", items: "issuelinks", searchable: false);
        System("reporter", "Reporter", FieldKind.Reporter, "user", operations: Set);
        System("aggregateprogress", "Σ Progress", FieldKind.AggregateProgress, "progress", searchable: false);
        System("environment", "Environment", FieldKind.Environment, "string");
        System("duedate", "Due date", FieldKind.DueDate, "date", operations: Set, clauses: ["due", "duedate"]);
        System("progress", "Progress", FieldKind.Progress, "progress", searchable: false);
        System("votes", "Votes", FieldKind.Votes, "votes");
        System("comment", "Comment", FieldKind.Comment, "comments-page", navigable: false);
        System("worklog", "Log Work", FieldKind.Worklog, "array", navigable: false, items: "worklog");

        var custom = new (string Name, FieldKind Kind, string Type, string? Items, string Custom, IReadOnlyList<string>? Operations)[]
        {
            ("Start date", FieldKind.StartDate, "date", null, "com.atlassian.jira.plugin.system.customfieldtypes:datepicker", Set),
            ("Story Points", FieldKind.StoryPoints, "number", null, "com.atlassian.jira.plugin.system.customfieldtypes:float", Set),
            ("Sprint", FieldKind.Sprint, "array", "json", "com.pyxis.greenhopper.jira:gh-sprint", Set),
            ("Target start", FieldKind.TargetStart, "date", null, "com.atlassian.jpo:jpo-custom-field-baseline-start", Set),
            ("Target end", FieldKind.TargetEnd, "date", null, "com.atlassian.jpo:jpo-custom-field-baseline-end", Set),
            ("Rank", FieldKind.Rank, "any", null, "com.pyxis.greenhopper.jira:gh-lexo-rank", null),
            ("Flagged", FieldKind.AlwaysNull, "array", "option", "com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes", null),
            ("Team", FieldKind.AlwaysNull, "team", null, "com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team", null),
            ("Development", FieldKind.AlwaysNull, "any", null, "com.atlassian.jira.plugins.jira-development-integration-plugin:devsummarycf", null),
        };

        // Sites get disjoint id ranges (30 apart), so Start date and Story Points never share an id across sites.
        var order = Enumerable.Range(0, custom.Length).OrderBy(_ => random.Next()).ToArray();
        var nextId = 10014L + (30L * siteIndex) + random.Next(0, 5);
        var ids = new string[custom.Length];
        foreach (var i in order)
        {
            ids[i] = $"customfield_{nextId}";
            nextId += 1 + random.Next(0, 2);
        }

        for (var i = 0; i < custom.Length; i++)
        {
            var (name, kind, type, items, customType, operations) = custom[i];
            fields.Add(new FieldDef(fields.Count, ids[i], name, kind, true, operations is not null, true, type, items, null, customType, operations is not null, operations));
        }

        var siteIds = new SiteFieldIds(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);
        return (fields, siteIds);
    }
}
