using Panorama.Core.Connections;
using Panorama.Core.Fields;
using Panorama.Sync.Connections.Mappings;

namespace Panorama.Web.Connections;

/// <summary>Reads mapping requests into the Core model; what cannot be read is reported as <see cref="MappingError"/>s.</summary>
internal static class MappingRequests
{
    public const string UnreadableEntry = "unreadable-entry";

    public static (FieldMapping Mapping, List<MappingError> Errors) Read(FieldMappingRequest request)
    {
        var entries = new List<FieldMappingEntry>();
        var errors = new List<MappingError>();
        foreach (var (dto, index) in (request.Entries ?? []).Select((e, i) => (e, i)))
        {
            if (dto.Field is null || !BuiltInFields.TryParse(dto.Field, out var field) || !BuiltInFields.Mappable.Contains(field))
            {
                errors.Add(new(UnreadableEntry, $"Entry {index + 1}: '{dto.Field}' is not a mappable built-in field. Use one of {string.Join(", ", BuiltInFields.Mappable.Select(f => f.JsonName()))}."));
            }
            else if (!MappingText.TryParseMode(dto.Mode, out var mode))
            {
                errors.Add(new(UnreadableEntry, $"Entry {index + 1} ({dto.Field}): mode '{dto.Mode}' is not one of twoWay, readOnly, notSynchronized.", field));
            }
            else
            {
                entries.Add(new FieldMappingEntry(field, mode, string.IsNullOrWhiteSpace(dto.JiraFieldId) || mode == FieldMappingMode.NotSynchronized ? null : dto.JiraFieldId.Trim()));
            }
        }

        return (new FieldMapping(entries), errors);
    }

    public static (DependencyMapping Mapping, List<MappingError> Errors) Read(DependencyMappingRequest request)
    {
        var entries = new List<DependencyMappingEntry>();
        var errors = new List<MappingError>();
        foreach (var (dto, index) in (request.Entries ?? []).Select((e, i) => (e, i)))
        {
            var where = $"Entry {index + 1} (link type {dto.LinkTypeId})";
            if (string.IsNullOrWhiteSpace(dto.LinkTypeId))
            {
                errors.Add(new(UnreadableEntry, $"Entry {index + 1}: linkTypeId is required (GET .../link-types lists them)."));
            }
            else if (!MappingText.TryParseDirection(dto.Direction, out var direction))
            {
                errors.Add(new(UnreadableEntry, $"{where}: direction '{dto.Direction}' is not outward or inward.", LinkTypeId: dto.LinkTypeId));
            }
            else if (!MappingText.TryParseType(dto.Type, out var type))
            {
                errors.Add(new(UnreadableEntry, $"{where}: type '{dto.Type}' is not FS, SS, FF or SF.", LinkTypeId: dto.LinkTypeId));
            }
            else if (!MappingText.TryParseStrength(dto.Strength ?? "strong", out var strength))
            {
                errors.Add(new(UnreadableEntry, $"{where}: strength '{dto.Strength}' is not strong or soft.", LinkTypeId: dto.LinkTypeId));
            }
            else
            {
                entries.Add(new DependencyMappingEntry(dto.LinkTypeId.Trim(), direction, type, strength, dto.Synced ?? true));
            }
        }

        return (new DependencyMapping(entries), errors);
    }
}
