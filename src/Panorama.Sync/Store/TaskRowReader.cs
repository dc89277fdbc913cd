using System.Buffers;
using System.Buffers.Text;
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
            Links = LinksOf(issueId, issue.Fields),
        };
    }

    /// <summary>
    /// The links an issue's <c>fields</c> show (null when it has no <c>issuelinks</c> array), as "source
    /// &lt;outward&gt; destination": on issue X, <c>outwardIssue: Y</c> means X is the source; <c>inwardIssue: Y</c>
    /// means Y is. An entry without a numeric link id, a type id or the other issue's numeric id is left out. Read
    /// straight from the JSON: an import reads some 300,000 links, and going through <see cref="JiraIssueLink"/>
    /// made seven strings of each.
    /// </summary>
    public static List<LinkRow>? LinksOf(long issueId, JsonElement fields)
    {
        if (fields.ValueKind != JsonValueKind.Object || !fields.TryGetProperty("issuelinks"u8, out var links) || links.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var rows = new List<LinkRow>(links.GetArrayLength());
        foreach (var link in links.EnumerateArray())
        {
            if (link.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var outward = Member(link, "outwardIssue"u8);
            var other = outward ?? Member(link, "inwardIssue"u8);
            if (Id(Member(link, "id"u8)) is not { } linkId
                || Id(Member(other, "id"u8)) is not { } otherId
                || Text(Member(Member(link, "type"u8), "id"u8)) is not { } typeId)
            {
                continue;
            }

            rows.Add(outward is not null ? new LinkRow(linkId, typeId, issueId, otherId) : new LinkRow(linkId, typeId, otherId, issueId));
        }

        return rows;
    }

    /// <summary>A member that is there and not JSON null.</summary>
    private static JsonElement? Member(JsonElement? element, ReadOnlySpan<byte> name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    /// <summary>A string, or a number written as text (Jira writes some ids as numbers in webhooks).</summary>
    private static string? Text(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
        _ => null,
    };

    /// <summary>A non-negative id written with digits only, as text or as a number; parsed without a string when unescaped.</summary>
    private static long? Id(JsonElement? element)
    {
        switch (element)
        {
            case { ValueKind: JsonValueKind.String } e:
                var raw = JsonMarshal.GetRawUtf8Value(e);
                var digits = raw[1..^1];
                if (digits.IndexOf((byte)'\\') >= 0)
                {
                    return long.TryParse(e.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var unescaped) ? unescaped : null;
                }

                return !digits.IsEmpty && char.IsAsciiDigit((char)digits[0]) && Utf8Parser.TryParse(digits, out long id, out var used) && used == digits.Length
                    ? id
                    : null;
            case { ValueKind: JsonValueKind.Number } e:
                return e.TryGetInt64(out var number) && number >= 0 ? number : null;
            default:
                return null;
        }
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
