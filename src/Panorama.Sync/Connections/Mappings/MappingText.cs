using Panorama.Core.Connections;
using Panorama.Core.Dependencies;

namespace Panorama.Sync.Connections.Mappings;

/// <summary>
/// The words mappings use in JSON (API, audit): <c>twoWay</c>, <c>readOnly</c>, <c>notSynchronized</c>;
/// <c>outward</c>/<c>inward</c>; <c>strong</c>/<c>soft</c>. Parsing is case-insensitive.
/// </summary>
public static class MappingText
{
    public static string Role(ConnectionRole role) => role == ConnectionRole.Primary ? "primary" : "secondary";

    public static string Mode(FieldMappingMode mode) => mode switch
    {
        FieldMappingMode.TwoWay => "twoWay",
        FieldMappingMode.ReadOnly => "readOnly",
        _ => "notSynchronized",
    };

    public static bool TryParseMode(string? text, out FieldMappingMode mode)
    {
        mode = default;
        foreach (var candidate in Enum.GetValues<FieldMappingMode>())
        {
            if (string.Equals(Mode(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        return false;
    }

    public static string Direction(LinkDirection direction) => direction == LinkDirection.Outward ? "outward" : "inward";

    public static bool TryParseDirection(string? text, out LinkDirection direction) =>
        Enum.TryParse(text, ignoreCase: true, out direction) && Enum.IsDefined(direction) && !int.TryParse(text, out _);

    public static string Strength(DependencyStrength strength) => strength == DependencyStrength.Strong ? "strong" : "soft";

    public static bool TryParseStrength(string? text, out DependencyStrength strength) =>
        Enum.TryParse(text, ignoreCase: true, out strength) && Enum.IsDefined(strength) && !int.TryParse(text, out _);

    public static bool TryParseType(string? text, out DependencyType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _);
}
