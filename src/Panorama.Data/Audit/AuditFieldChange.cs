using System.Text.Json.Nodes;

namespace Panorama.Data.Audit;

/// <summary>
/// One field's change. Values are JSON so a date, a number, a user or a list keep their shape; JSON null means the
/// field was empty. Example: <c>new AuditFieldChange("startDate", "2026-01-05", "2026-01-12")</c>.
/// </summary>
public sealed record AuditFieldChange(string Field, JsonNode? Old, JsonNode? New);
