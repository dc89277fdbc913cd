using Panorama.Web.Connections;

namespace Panorama.Web.Components.Admin.Connections;

/// <summary>One built-in field in the field mapping editor: its mode (empty: unmapped) and the site's field.</summary>
internal sealed class FieldMappingRow(string field)
{
    public string Field { get; } = field;

    public string Mode { get; set; } = string.Empty;

    public string JiraFieldId { get; set; } = string.Empty;

    public static List<FieldMappingRow> From(FieldMappingResponse mapping) =>
    [
        .. ConnectionText.MappableFields.Select(field =>
        {
            var entry = mapping.Entries.FirstOrDefault(e => e.Field == field);
            return new FieldMappingRow(field) { Mode = entry?.Mode ?? string.Empty, JiraFieldId = entry?.JiraFieldId ?? string.Empty };
        }),
    ];

    public static FieldMappingRequest Request(IEnumerable<FieldMappingRow> rows) =>
        new([.. rows.Where(r => r.Mode.Length > 0).Select(r => new FieldMappingEntryDto(r.Field, r.Mode, r.JiraFieldId.Length > 0 ? r.JiraFieldId : null))]);
}
