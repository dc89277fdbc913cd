using System.Text.Json;

namespace Panorama.JiraSim.Control;

/// <summary>camelCase JSON for the control API's own documents (faults, stats, users).</summary>
internal static class ControlJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
