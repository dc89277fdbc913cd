using System.Text.Json;
using Panorama.Jira.Model;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// What Panorama reads from an issue, taken either from the client's typed accessors or from the simulator's ground
/// truth, so a whole import can be compared with one <c>Assert.Equal</c> that prints the first difference.
/// </summary>
internal sealed record IssueFacts(
    string Id,
    string? Key,
    string? Project,
    string? IssueType,
    string? Status,
    string? StatusCategory,
    string? Summary,
    string? Parent,
    string? Assignee,
    string Labels,
    DateTimeOffset? Created,
    DateTimeOffset? Updated,
    DateOnly? StartDate,
    DateOnly? DueDate,
    DateOnly? TargetStart,
    DateOnly? TargetEnd,
    long? OriginalEstimate,
    long? RemainingEstimate,
    long? TimeSpent,
    double? StoryPoints)
{
    /// <summary>The fields a search must ask for to fill every fact (custom ids are the site's).</summary>
    public static IReadOnlyList<string> FieldsFor(SiteFieldIds ids) =>
    [
        "summary", "status", "issuetype", "project", "parent", "assignee", "labels", "created", "updated", "duedate",
        "timeoriginalestimate", "timeestimate", "timespent", ids.StartDate, ids.StoryPoints, ids.TargetStart, ids.TargetEnd,
    ];

    public static IssueFacts From(JiraIssue issue, SiteFieldIds ids) => new(
        issue.Id, issue.Key, issue.Project?.Key, issue.IssueType?.Name, issue.Status?.Name, issue.Status?.CategoryKey,
        issue.Summary, issue.Parent?.Key, issue.Assignee?.AccountId,
        string.Join(',', issue.Field("labels") is { ValueKind: JsonValueKind.Array } labels
            ? labels.EnumerateArray().Select(l => l.GetString()) : []),
        issue.Created, issue.Updated, issue.GetDate(ids.StartDate), issue.DueDate, issue.GetDate(ids.TargetStart),
        issue.GetDate(ids.TargetEnd), issue.OriginalEstimateSeconds, issue.RemainingEstimateSeconds,
        issue.TimeSpentSeconds, issue.GetNumber(ids.StoryPoints));

    /// <summary>Jira sends date-times to the millisecond, so the truth is cut to milliseconds too.</summary>
    public static IssueFacts From(IssueSnapshot truth) => new(
        truth.Id, truth.Key, truth.ProjectKey, truth.IssueType, truth.Status, truth.StatusCategoryKey, truth.Summary,
        truth.ParentKey, truth.AssigneeAccountId, string.Join(',', truth.Labels), Milliseconds(truth.Created),
        Milliseconds(truth.Updated), truth.StartDate, truth.DueDate, truth.TargetStart, truth.TargetEnd,
        truth.OriginalEstimateSeconds, truth.RemainingEstimateSeconds, truth.TimeSpentSeconds, truth.StoryPoints);

    private static DateTimeOffset Milliseconds(DateTimeOffset value) =>
        value.AddTicks(-(value.Ticks % TimeSpan.TicksPerMillisecond));
}
