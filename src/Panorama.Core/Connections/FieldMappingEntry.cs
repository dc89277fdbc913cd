using Panorama.Core.Fields;

namespace Panorama.Core.Connections;

/// <summary>One row of a connection's field mapping. <see cref="JiraFieldId"/> is null only for Not synchronized.</summary>
public sealed record FieldMappingEntry(BuiltInField Field, FieldMappingMode Mode, string? JiraFieldId = null)
{
    public bool IsSynced => Mode != FieldMappingMode.NotSynchronized && JiraFieldId is not null;
}
