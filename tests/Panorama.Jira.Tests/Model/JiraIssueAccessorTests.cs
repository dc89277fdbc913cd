using System.Text.Json;
using Panorama.Jira.Model;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Tests.Model;

/// <summary>Shapes the fixtures lack: REST v3 sprints, parent, components, hierarchy level, estimates as numbers.</summary>
public sealed class JiraIssueAccessorTests
{
    private static JiraIssue Issue(string fields) => JsonSerializer.Deserialize(
        $$"""{"id":"10100","key":"OPS-7","fields":{{fields}}}""", JiraJsonContext.Default.JiraIssue)!;

    [Fact]
    public void Accessors_ShouldReadRestV3Shapes()
    {
        var issue = Issue("""
            {"parent":{"id":"10001","key":"OPS-1","fields":{"summary":"Epic"}},
             "issuetype":{"id":"10003","name":"Sub-task","subtask":true,"hierarchyLevel":-1},
             "status":{"id":"3","name":"In Progress","statusCategory":{"id":4,"key":"indeterminate","name":"In Progress"}},
             "components":[{"id":"10","name":"API"},{"id":"11","name":"UI"}],
             "fixVersions":[{"id":"20","name":"1.0","released":true,"archived":false,"releaseDate":"2026-04-30"}],
             "customfield_10020":[{"id":7,"name":"Sprint 7","state":"closed","boardId":3,"startDate":"2026-01-05T09:00:00.000Z",
                                   "endDate":"2026-01-19T09:00:00.000Z","completeDate":"2026-01-19T10:00:00.000Z"}],
             "customfield_10016":5.5,"customfield_10015":"2026-03-01","duedate":"2026-03-31",
             "timeoriginalestimate":28800,"timeestimate":14400,"timespent":3600,
             "timetracking":{"originalEstimateSeconds":1,"remainingEstimateSeconds":1,"timeSpentSeconds":1},
             "updated":"2026-02-01T10:00:00.000+0100"}
            """);

        Assert.Equal(new JiraIssueRef("10001", "OPS-1"), issue.Parent);
        Assert.Equal(new JiraIssueTypeRef("10003", "Sub-task", true, -1), issue.IssueType);
        Assert.Equal(Panorama.Core.Tasks.StatusCategory.InProgress, issue.Status!.Category);
        Assert.Equal([new JiraComponentRef("10", "API"), new JiraComponentRef("11", "UI")], issue.Components);
        Assert.Equal([new JiraVersionRef("20", "1.0", true, false, new DateOnly(2026, 4, 30))], issue.FixVersions);
        Assert.Equal(
            [new JiraSprint(7, "Sprint 7", "closed", 3, new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero),
                new DateTimeOffset(2026, 1, 19, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 19, 10, 0, 0, TimeSpan.Zero))],
            issue.GetSprints("customfield_10020"));
        Assert.Equal(5.5, issue.GetNumber("customfield_10016"));
        Assert.Equal(new DateOnly(2026, 3, 1), issue.GetDate("customfield_10015"));
        Assert.Equal(new DateOnly(2026, 3, 31), issue.DueDate);
        Assert.Equal((28800L, 14400L, 3600L), (issue.OriginalEstimateSeconds!.Value, issue.RemainingEstimateSeconds!.Value, issue.TimeSpentSeconds!.Value));
        Assert.Equal(TimeSpan.FromHours(1), issue.Updated!.Value.Offset);
    }

    [Fact]
    public void GetSprints_ShouldReadLegacyStrings_WhoseNamesContainCommas()
    {
        var issue = Issue("""
            {"customfield_10021":["com.atlassian.greenhopper.service.sprint.Sprint@1f[id=12,rapidViewId=4,state=FUTURE,name=Q1, week 3,goal=,startDate=<null>,endDate=<null>,completeDate=<null>,sequence=12]"]}
            """);

        Assert.Equal([new JiraSprint(12, "Q1, week 3", "FUTURE", 4, null, null, null)], issue.GetSprints("customfield_10021"));
    }

    [Fact]
    public void Accessors_ShouldReadNothing_FromAbsentNullOrMalformedFields()
    {
        var issue = Issue("""{"summary":null,"status":"odd","duedate":"31/03/2026","customfield_10016":"many","issuelinks":{}}""");

        Assert.Null(issue.Summary);
        Assert.Null(issue.Status);
        Assert.Null(issue.DueDate);
        Assert.Null(issue.GetNumber("customfield_10016"));
        Assert.Null(issue.GetNumber("customfield_99999"));
        Assert.Empty(issue.IssueLinks);
        Assert.Empty(issue.GetSprints("customfield_10020"));
        Assert.Null(issue.Assignee);
    }

    [Fact]
    public void MissingKeys_ShouldReadAsEmpty_NeverAsNull()
    {
        var issue = JsonSerializer.Deserialize("{}", JiraJsonContext.Default.JiraIssue)!;
        var field = JsonSerializer.Deserialize("[{}]", JiraJsonContext.Default.ListJiraField)![0];
        var meta = JsonSerializer.Deserialize("""{"fields":{"summary":{}}}""", JiraJsonContext.Default.JiraEditMeta)!;
        var page = JsonSerializer.Deserialize("{}", JiraJsonContext.Default.BulkFetchPage)!;

        Assert.Equal(string.Empty, issue.Id);
        Assert.Null(issue.NumericId);
        Assert.Equal(JsonValueKind.Undefined, issue.Fields.ValueKind);
        Assert.Null(issue.Summary);
        Assert.Empty(issue.IssueLinks);
        Assert.Equal((string.Empty, 0), (field.Id, field.ClauseNames.Count));
        Assert.Empty(meta.Fields["summary"].Operations);
        Assert.False(meta.CanSet("summary"));
        Assert.Empty(page.Issues);
        Assert.Empty(page.IssueErrors);
    }
}
