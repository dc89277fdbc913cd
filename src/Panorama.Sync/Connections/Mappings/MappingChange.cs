using Panorama.Core.Connections;

namespace Panorama.Sync.Connections.Mappings;

public enum MappingChangeStatus
{
    Saved,
    NotFound,
    Refused,
}

/// <summary>A mapping update's result: saved, or refused with every rule it breaks.</summary>
public sealed record MappingChange(MappingChangeStatus Status, IReadOnlyList<MappingError> Errors)
{
    public static MappingChange Saved { get; } = new(MappingChangeStatus.Saved, []);

    public static MappingChange NotFound { get; } = new(MappingChangeStatus.NotFound, []);

    public static MappingChange Refused(IReadOnlyList<MappingError> errors) => new(MappingChangeStatus.Refused, errors);
}

/// <summary>Mapping errors Panorama adds to the Core rules' own.</summary>
public static class MoreMappingErrors
{
    public const string FieldsNotDiscovered = "fields-not-discovered";
    public const string DuplicateEntry = "duplicate-entry";
}
