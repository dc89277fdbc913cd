using System.Text.Json;

namespace Panorama.JiraSim.Model;

/// <summary>
/// A field as <c>GET /field</c> shows it, plus how the simulator treats it. <see cref="Index"/> is its bit in a
/// <see cref="Rendering.FieldMask"/>.
/// </summary>
internal sealed record FieldDef(
    int Index,
    string Id,
    string Name,
    FieldKind Kind,
    bool Navigable,
    bool Orderable,
    bool Searchable,
    string SchemaType,
    string? SchemaItems = null,
    string? SchemaSystem = null,
    string? SchemaCustom = null,
    bool Editable = false,
    IReadOnlyList<string>? Operations = null,
    IReadOnlyList<string>? ExtraClauseNames = null)
{
    public bool Custom => SchemaCustom is not null;

    public long? CustomId => Custom ? long.Parse(Id.AsSpan("customfield_".Length), provider: null) : null;

    public JsonEncodedText EncodedId { get; } = JsonEncodedText.Encode(Id);

    /// <summary>What JQL accepts for the field: <c>cf[10015]</c> and the name for custom fields.</summary>
    public IReadOnlyList<string> ClauseNames => Custom
        ? [$"cf[{CustomId}]", Name]
        : ExtraClauseNames ?? [Id];

    /// <summary>How changelog items name the field's type.</summary>
    public string ChangelogFieldType => Custom ? "custom" : "jira";
}
