using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Panorama.Data.Audit;

/// <summary>
/// The shape of <see cref="AuditEntry.Details"/>:
/// <c>{"changes":[{"field":"startDate","old":"2026-01-05","new":"2026-01-12"}],"data":{"email":"a@b.example"}}</c>.
/// </summary>
public sealed record AuditDetails(
    [property: JsonPropertyName("changes")] IReadOnlyList<AuditFieldChange> Changes,
    [property: JsonPropertyName("data")] IReadOnlyDictionary<string, string?> Data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string? Serialize(IReadOnlyList<AuditFieldChange> changes, IReadOnlyDictionary<string, string?> data) =>
        changes.Count == 0 && data.Count == 0 ? null : JsonSerializer.Serialize(new AuditDetails(changes, data), Json);

    /// <summary>The stored details as a JSON tree (for API responses); null when there are none.</summary>
    public static JsonNode? Parse(string? details) => details is null ? null : JsonNode.Parse(details);

    public static AuditDetails? Deserialize(string? details) =>
        details is null ? null : JsonSerializer.Deserialize<AuditDetails>(details, Json);
}
