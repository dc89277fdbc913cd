using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;
using Panorama.Data.Tasks;
using Panorama.Jira.Model;
using Panorama.Sync.Connections;

namespace Panorama.Sync.Store;

/// <summary>
/// Turns an issue Jira sent (REST v3 or a v2 webhook body) into a <see cref="TaskRow"/>: system fields read as Jira
/// names them, mappable built-in fields read from where the connection's field mapping says.
/// </summary>
internal static class TaskRowReader
{
    /// <summary>
    /// Rich-text fields are not kept: their shape differs between REST v3 (ADF) and webhooks (v2 wiki text), they are
    /// the bulk of an issue's bytes, and no planning view shows them. Imports leave them out of the request too.
    /// </summary>
    public static readonly IReadOnlyList<string> SkippedFields = ["description", "environment"];

    /// <summary>The <c>fields</c> every fetch asks for: every navigable field except the skipped rich text.</summary>
    public static readonly IReadOnlyList<string> FetchFields = ["*navigable", .. SkippedFields.Select(f => "-" + f)];

    /// <summary>
    /// The row for an issue; null when Jira's body lacks what a row needs. <paramref name="compressFields"/> (the
    /// import's fetchers, when the store is SQLite) prepares the fields' stored form here, off the writer's thread.
    /// </summary>
    public static TaskRow? Read(JiraIssue issue, SyncConnection connection, bool compressFields = false)
    {
        if (issue.NumericId is not { } issueId || issue.Updated is not { } updated || issue.Fields.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var project = issue.Project;
        var type = issue.IssueType;
        var status = issue.Status;
        var assignee = issue.Assignee;
        var fields = FieldsJson(issue.Fields);
        return new TaskRow
        {
            IssueId = issueId,
            IssueKey = issue.Key ?? issueId.ToString(CultureInfo.InvariantCulture),
            ProjectId = project?.Id ?? "",
            ProjectKey = project?.Key ?? "",
            IssueTypeId = type?.Id ?? "",
            IssueTypeName = type?.Name ?? "",
            HierarchyLevel = type?.HierarchyLevel ?? (type?.Subtask == true ? -1 : 0),
            IsSubtask = type?.Subtask ?? false,
            StatusId = status?.Id ?? "",
            StatusName = status?.Name ?? "",
            StatusCategory = status?.Category ?? StatusCategory.ToDo,
            Summary = issue.Summary ?? "",
            AssigneeAccountId = assignee?.AccountId,
            AssigneeName = assignee?.DisplayName,
            ParentIssueId = long.TryParse(issue.Parent?.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var parent) ? parent : null,
            StartDate = Date(issue, connection, BuiltInField.StartDate),
            EndDate = Date(issue, connection, BuiltInField.EndDate),
            BaselineStart = Date(issue, connection, BuiltInField.BaselineStart),
            BaselineEnd = Date(issue, connection, BuiltInField.BaselineEnd),
            OriginalEstimate = Seconds(issue, connection, BuiltInField.OriginalEstimate),
            RemainingEstimate = Seconds(issue, connection, BuiltInField.RemainingEstimate),
            TimeSpent = issue.TimeSpentSeconds,
            Progress = Number(issue, connection, BuiltInField.Progress),
            StoryPoints = Number(issue, connection, BuiltInField.StoryPoints),
            Updated = updated,
            // Compressed straight from the page's buffer when the store keeps that form: no copy of the JSON at all.
            FieldsUtf8 = compressFields ? null : fields.ToArray(),
            StoredFields = compressFields ? StoredFields.Compress(fields) : null,
            Links = issue.Fields.TryGetProperty("issuelinks", out var links) && links.ValueKind == JsonValueKind.Array
                ? Links(issueId, issue.IssueLinks)
                : null,
        };
    }

    /// <summary>
    /// The links an issue shows, as "source &lt;outward&gt; destination": on issue X, <c>outwardIssue: Y</c> means X is
    /// the source; <c>inwardIssue: Y</c> means Y is.
    /// </summary>
    public static IReadOnlyList<LinkRow> Links(long issueId, IReadOnlyList<JiraIssueLink> links)
    {
        var rows = new List<LinkRow>(links.Count);
        foreach (var link in links)
        {
            if (!long.TryParse(link.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var linkId)
                || !long.TryParse(link.OtherIssueId, NumberStyles.None, CultureInfo.InvariantCulture, out var other)
                || link.TypeId is not { } typeId)
            {
                continue;
            }

            rows.Add(link.Direction == JiraLinkDirection.Outward
                ? new LinkRow(linkId, typeId, issueId, other)
                : new LinkRow(linkId, typeId, other, issueId));
        }

        return rows;
    }

    private static DateOnly? Date(JiraIssue issue, SyncConnection connection, BuiltInField field) =>
        connection.JiraFieldFor(field) is { } id ? issue.GetDate(id) : null;

    private static long? Seconds(JiraIssue issue, SyncConnection connection, BuiltInField field) =>
        connection.JiraFieldFor(field) is { } id && issue.GetNumber(id) is { } value ? (long)Math.Round(value) : null;

    private static double? Number(JiraIssue issue, SyncConnection connection, BuiltInField field) =>
        connection.JiraFieldFor(field) is { } id ? issue.GetNumber(id) : null;

    /// <summary>The fields object's JSON without the skipped rich text: the body's own bytes when it had none.</summary>
    private static ReadOnlySpan<byte> FieldsJson(JsonElement fields)
    {
        if (!SkippedFields.Any(f => fields.TryGetProperty(f, out _)))
        {
            return JsonMarshal.GetRawUtf8Value(fields);
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in fields.EnumerateObject())
            {
                if (!SkippedFields.Contains(property.Name, StringComparer.Ordinal))
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan;
    }
}
