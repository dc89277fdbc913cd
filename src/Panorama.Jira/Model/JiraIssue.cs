using System.Text.Json;
using System.Text.Json.Serialization;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Model;

/// <summary>
/// An issue as Jira sent it: every field is kept in <see cref="Fields"/> (values differ per site and per field type),
/// and the accessors in <c>JiraIssue.Accessors.cs</c> read what Panorama uses. Both REST v3 and the v2 shape of
/// webhook payloads are read.
/// </summary>
public sealed partial class JiraIssue
{
    // "field ??": the source generator assigns every init-only property, null when Jira left the key out.
    [JsonConverter(typeof(FlexibleStringConverter))]
    public string Id { get => field ?? string.Empty; init; }

    public string? Key { get; init; }

    public string? Self { get; init; }

    /// <summary>The <c>fields</c> object, complete; <see cref="JsonValueKind.Undefined"/> when Jira sent none.</summary>
    public JsonElement Fields { get; init; }

    /// <summary>The changelog embedded by <c>expand=changelog</c>, when asked for.</summary>
    public JiraEmbeddedChangelog? Changelog { get; init; }

    /// <summary>Field names by id, with <c>expand=names</c>.</summary>
    public JsonElement? Names { get; init; }

    /// <summary>Rendered HTML of fields, with <c>expand=renderedFields</c>.</summary>
    public JsonElement? RenderedFields { get; init; }

    /// <summary>The id as a number (Panorama's task identity), or null when Jira sent something else.</summary>
    public long? NumericId => long.TryParse(Id, out var id) ? id : null;
}
