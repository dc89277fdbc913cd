using System.Globalization;
using System.Text;
using System.Text.Json;
using Panorama.Core.Tasks;
using Panorama.Data.Tasks;

namespace Panorama.Testing.Tasks;

/// <summary>Task and link rows as the sync engine stores them, with Jira's <c>fields</c> JSON to match.</summary>
public static class SeedTasks
{
    public static readonly DateTimeOffset Updated = new(2026, 1, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A task row. <paramref name="nativeFields"/> adds properties to Jira's <c>fields</c> object (raw JSON members,
    /// e.g. <c>"customfield_10016": 3</c>).
    /// </summary>
    public static TaskRecord Task(
        SeedSite site,
        long issueId,
        string key,
        string summary,
        SeedStatus? status = null,
        string issueType = "Story",
        int hierarchyLevel = 0,
        long? parent = null,
        DateOnly? start = null,
        DateOnly? end = null,
        long? estimate = null,
        double? progress = null,
        (string AccountId, string Name)? assignee = null,
        string? nativeFields = null)
    {
        var s = status ?? site.ToDo;
        var project = key[..key.LastIndexOf('-')];
        var fields = new StringBuilder();
        fields.Append(CultureInfo.InvariantCulture, $"{{\"summary\":{JsonSerializer.Serialize(summary)},");
        fields.Append(CultureInfo.InvariantCulture,
            $"\"status\":{{\"id\":\"{s.Id}\",\"name\":\"{s.Name}\",\"statusCategory\":{{\"key\":\"{s.Category.ToJiraKey()}\"}}}},");
        fields.Append(CultureInfo.InvariantCulture, $"\"issuetype\":{{\"name\":\"{issueType}\"}},\"project\":{{\"key\":\"{project}\"}}");
        if (assignee is { } a)
        {
            fields.Append(CultureInfo.InvariantCulture, $",\"assignee\":{{\"accountId\":\"{a.AccountId}\",\"displayName\":\"{a.Name}\"}}");
        }

        if (nativeFields is not null)
        {
            fields.Append(',').Append(nativeFields);
        }

        fields.Append('}');
        return new TaskRecord
        {
            ConnectionId = site.Id,
            IssueId = issueId,
            IssueKey = key,
            ProjectId = string.Concat(project.Select(c => ((int)c).ToString(CultureInfo.InvariantCulture))),
            ProjectKey = project,
            IssueTypeId = issueType switch { "Epic" => "10000", "Story" => "10001", "Task" => "10002", "Sub-task" => "10003", _ => "10009" },
            IssueTypeName = issueType,
            HierarchyLevel = hierarchyLevel,
            IsSubtask = hierarchyLevel < 0,
            StatusId = s.Id,
            StatusName = s.Name,
            StatusCategory = s.Category,
            Summary = summary,
            AssigneeAccountId = assignee?.AccountId,
            AssigneeName = assignee?.Name,
            ParentIssueId = parent,
            StartDate = start,
            EndDate = end,
            OriginalEstimate = estimate,
            RemainingEstimate = estimate,
            Progress = progress,
            Updated = Updated,
            SyncedAt = Updated,
            FieldsJson = fields.ToString(),
        };
    }

    /// <summary>"source &lt;outward&gt; destination", e.g. source blocks destination.</summary>
    public static TaskLinkRecord Link(SeedSite site, long linkId, string typeId, long sourceIssueId, long destinationIssueId) => new()
    {
        ConnectionId = site.Id,
        LinkId = linkId,
        LinkTypeId = typeId,
        SourceIssueId = sourceIssueId,
        DestinationIssueId = destinationIssueId,
    };
}
