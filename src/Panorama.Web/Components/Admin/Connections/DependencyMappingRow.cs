using Panorama.Web.Connections;

namespace Panorama.Web.Components.Admin.Connections;

/// <summary>One link type in the dependency mapping editor.</summary>
internal sealed class DependencyMappingRow
{
    public string LinkTypeId { get; set; } = string.Empty;

    public string Direction { get; set; } = "outward";

    public string Type { get; set; } = "FS";

    public string Strength { get; set; } = "strong";

    public bool Synced { get; set; } = true;

    public static List<DependencyMappingRow> From(DependencyMappingResponse mapping) =>
    [
        .. mapping.Entries.Select(e => new DependencyMappingRow
        {
            LinkTypeId = e.LinkTypeId ?? string.Empty,
            Direction = e.Direction ?? "outward",
            Type = e.Type ?? "FS",
            Strength = e.Strength ?? "strong",
            Synced = e.Synced ?? true,
        }),
    ];

    public static DependencyMappingRequest Request(IEnumerable<DependencyMappingRow> rows) =>
        new([.. rows.Select(r => new DependencyMappingEntryDto(r.LinkTypeId.Length > 0 ? r.LinkTypeId : null, r.Direction, r.Type, r.Strength, r.Synced))]);
}
