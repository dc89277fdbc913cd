using Panorama.Core.Dependencies;

namespace Panorama.Web.Boxes.Dependencies;

internal static class DependencyRequests
{
    public static bool TryParseType(string? text, out DependencyType type)
    {
        type = DependencyType.FS;
        return string.IsNullOrWhiteSpace(text) ||
               (Enum.TryParse(text.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _));
    }

    public static bool TryParseStrength(string? text, out DependencyStrength strength)
    {
        strength = DependencyStrength.Strong;
        return string.IsNullOrWhiteSpace(text) ||
               (Enum.TryParse(text.Trim(), ignoreCase: true, out strength) && Enum.IsDefined(strength) && !int.TryParse(text, out _));
    }

    public static string StrengthName(DependencyStrength strength) => strength == DependencyStrength.Strong ? "strong" : "soft";
}
