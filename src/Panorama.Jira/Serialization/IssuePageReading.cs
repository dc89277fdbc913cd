using System.Text.Json;
using Panorama.Jira.Model;

namespace Panorama.Jira.Serialization;

/// <summary>
/// Reads a page of issues from an already parsed document, with the same rules as the source-generated
/// <see cref="JiraIssue"/> contract (case-sensitive camelCase keys, the last duplicate key wins, an id as a string or a
/// number, unknown keys ignored) but keeping each <c>fields</c> object as an element of the page's document.
/// </summary>
internal static class IssuePageReading
{
    public static List<JiraIssue> Issues(JsonElement page)
    {
        var issues = new List<JiraIssue>();
        if (Property(Object(page), "issues") is not { } array)
        {
            return issues;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("'issues' is not an array.");
        }

        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Null)
            {
                issues.Add(Issue(item));
            }
        }

        return issues;
    }

    public static List<JiraIssueError> Errors(JsonElement page) =>
        Property(Object(page), "issueErrors") is { } errors
            ? JsonSerializer.Deserialize(errors, JiraJsonContext.Default.ListJiraIssueError)?.OfType<JiraIssueError>().ToList() ?? []
            : [];

    public static JiraIssue Issue(JsonElement issue)
    {
        Object(issue);
        return new JiraIssue
        {
            Id = FlexibleString(issue, "id")!,
            Key = String(issue, "key"),
            Self = String(issue, "self"),
            Fields = issue.TryGetProperty("fields", out var fields) ? fields : default,
            Changelog = Property(issue, "changelog") is { } changelog
                ? JsonSerializer.Deserialize(changelog, JiraJsonContext.Default.JiraEmbeddedChangelog)
                : null,
            Names = Property(issue, "names"),
            RenderedFields = Property(issue, "renderedFields"),
        };
    }

    private static JsonElement Object(JsonElement element) => element.ValueKind == JsonValueKind.Object
        ? element
        : throw new JsonException($"Expected a JSON object, found {element.ValueKind}.");

    /// <summary>The value of a key, or null when it is absent or JSON null (as the serializer reads a nullable member).</summary>
    private static JsonElement? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? String(JsonElement element, string name) => Property(element, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { } value => throw new JsonException($"'{name}' is a {value.ValueKind}, not a string."),
    };

    /// <summary>As <see cref="FlexibleStringConverter"/>: a string, a number as its text, a boolean as true/false.</summary>
    private static string? FlexibleString(JsonElement element, string name) => Property(element, name) switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };
}
