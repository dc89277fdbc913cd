using System.Text.Json;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Model;

/// <summary>Typed reads of the fields Panorama uses; each returns null when the field is absent, null or malformed.</summary>
public sealed partial class JiraIssue
{
    public string? Summary => Field("summary").AsString();

    public JiraStatus? Status => FieldObject("status") is { } s
        ? new JiraStatus(s.String("id"), s.String("name"), s.Property("statusCategory").String("key"))
        : null;

    public JiraIssueTypeRef? IssueType => FieldObject("issuetype") is { } t
        ? new JiraIssueTypeRef(t.String("id"), t.String("name"), t.Boolean("subtask") ?? false,
            (int?)t.Property("hierarchyLevel").AsInt64())
        : null;

    public JiraProjectRef? Project => FieldObject("project") is { } p
        ? new JiraProjectRef(p.String("id"), p.String("key"), p.String("name"))
        : null;

    public JiraIssueRef? Parent => FieldObject("parent") is { } p ? new JiraIssueRef(p.String("id"), p.String("key")) : null;

    public JiraUserRef? Assignee => UserField("assignee");

    public JiraRichText? Description => JiraRichText.From(Field("description"));

    public DateOnly? DueDate => GetDate("duedate");

    public DateTimeOffset? Created => GetDateTime("created");

    public DateTimeOffset? Updated => GetDateTime("updated");

    /// <summary>Seconds; <c>timeoriginalestimate</c>, else <c>timetracking.originalEstimateSeconds</c>.</summary>
    public long? OriginalEstimateSeconds =>
        Field("timeoriginalestimate").AsInt64() ?? Field("timetracking").Int64("originalEstimateSeconds");

    /// <summary>Seconds; <c>timeestimate</c>, else <c>timetracking.remainingEstimateSeconds</c>.</summary>
    public long? RemainingEstimateSeconds =>
        Field("timeestimate").AsInt64() ?? Field("timetracking").Int64("remainingEstimateSeconds");

    /// <summary>Seconds; <c>timespent</c>, else <c>timetracking.timeSpentSeconds</c>.</summary>
    public long? TimeSpentSeconds => Field("timespent").AsInt64() ?? Field("timetracking").Int64("timeSpentSeconds");

    public IReadOnlyList<JiraVersionRef> FixVersions => Field("fixVersions").Items()
        .Select(v => new JiraVersionRef(v.String("id"), v.String("name"), v.Boolean("released"),
            v.Boolean("archived"), v.Property("releaseDate").AsDate()))
        .ToList();

    public IReadOnlyList<JiraComponentRef> Components => Field("components").Items()
        .Select(c => new JiraComponentRef(c.String("id"), c.String("name")))
        .ToList();

    /// <summary>
    /// The <c>issuelinks</c> entries whose other issue has an id or a key (an entry without either cannot be used).
    /// </summary>
    public IReadOnlyList<JiraIssueLink> IssueLinks => Field("issuelinks").Items()
        .Select(ReadLink)
        .OfType<JiraIssueLink>()
        .ToList();

    /// <summary>A field's value exactly as Jira sent it, or null when absent or JSON null.</summary>
    public JsonElement? Field(string fieldId) => Fields.Property(fieldId);

    /// <summary>A text field, or a number field as text.</summary>
    public string? GetString(string fieldId) => Field(fieldId).AsString();

    /// <summary>A date field (<c>duedate</c>, a date picker such as Start date) in <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? GetDate(string fieldId) => Field(fieldId).AsDate();

    /// <summary>A date-time field with a <c>±hhmm</c> offset.</summary>
    public DateTimeOffset? GetDateTime(string fieldId) => Field(fieldId).AsDateTime();

    /// <summary>A number field (story points); numbers sent as text are read too.</summary>
    public double? GetNumber(string fieldId) => Field(fieldId).AsDouble();

    public JiraUserRef? UserField(string fieldId) => FieldObject(fieldId) is { } u
        ? new JiraUserRef(u.String("accountId"), u.String("displayName"))
        : null;

    public JiraRichText? GetRichText(string fieldId) => JiraRichText.From(Field(fieldId));

    /// <summary>
    /// The sprints of the Sprint field (its id differs per site). Reads REST's objects and the legacy
    /// <c>com.atlassian.greenhopper.service.sprint.Sprint@…[id=1,…]</c> strings that older webhooks carry.
    /// </summary>
    public IReadOnlyList<JiraSprint> GetSprints(string sprintFieldId) => Field(sprintFieldId).Items()
        .Select(SprintReading.Read)
        .OfType<JiraSprint>()
        .ToList();

    private JsonElement? FieldObject(string fieldId) =>
        Field(fieldId) is { ValueKind: JsonValueKind.Object } value ? value : null;

    private static JiraIssueLink? ReadLink(JsonElement link)
    {
        var (direction, other) = link.Property("outwardIssue") is { } outward
            ? (JiraLinkDirection.Outward, outward)
            : link.Property("inwardIssue") is { } inward
                ? (JiraLinkDirection.Inward, inward)
                : (JiraLinkDirection.Outward, default(JsonElement?));
        var otherId = other.String("id");
        var otherKey = other.String("key");
        if (otherId is null && otherKey is null)
        {
            return null;
        }

        var type = link.Property("type");
        return new JiraIssueLink(link.String("id"), type.String("id"), type.String("name"), type.String("inward"),
            type.String("outward"), direction, otherId, otherKey);
    }
}
