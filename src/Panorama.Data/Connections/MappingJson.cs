using System.Text.Json;
using System.Text.Json.Serialization;
using Panorama.Core.Connections;

namespace Panorama.Data.Connections;

/// <summary>How mappings and discovered site metadata are kept as JSON in the connection row.</summary>
public static class MappingJson
{
    public static FieldMapping ReadFieldMapping(this Connection connection) =>
        JsonSerializer.Deserialize(connection.FieldMappingJson, MappingJsonContext.Default.FieldMapping) ?? FieldMapping.Empty;

    public static void WriteFieldMapping(this Connection connection, FieldMapping mapping) =>
        connection.FieldMappingJson = JsonSerializer.Serialize(mapping, MappingJsonContext.Default.FieldMapping);

    public static DependencyMapping ReadDependencyMapping(this Connection connection) =>
        JsonSerializer.Deserialize(connection.DependencyMappingJson, MappingJsonContext.Default.DependencyMapping) ?? DependencyMapping.Empty;

    public static void WriteDependencyMapping(this Connection connection, DependencyMapping mapping) =>
        connection.DependencyMappingJson = JsonSerializer.Serialize(mapping, MappingJsonContext.Default.DependencyMapping);

    public static IReadOnlyList<JiraFieldInfo> ReadFields(this Connection connection) =>
        connection.FieldsJson is null ? [] : JsonSerializer.Deserialize(connection.FieldsJson, MappingJsonContext.Default.JiraFieldInfoArray) ?? [];

    public static void WriteFields(this Connection connection, IEnumerable<JiraFieldInfo> fields) =>
        connection.FieldsJson = JsonSerializer.Serialize(fields.ToArray(), MappingJsonContext.Default.JiraFieldInfoArray);

    public static IReadOnlyList<JiraLinkTypeInfo> ReadLinkTypes(this Connection connection) =>
        connection.LinkTypesJson is null ? [] : JsonSerializer.Deserialize(connection.LinkTypesJson, MappingJsonContext.Default.JiraLinkTypeInfoArray) ?? [];

    public static void WriteLinkTypes(this Connection connection, IEnumerable<JiraLinkTypeInfo> linkTypes) =>
        connection.LinkTypesJson = JsonSerializer.Serialize(linkTypes.ToArray(), MappingJsonContext.Default.JiraLinkTypeInfoArray);
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(FieldMapping))]
[JsonSerializable(typeof(DependencyMapping))]
[JsonSerializable(typeof(JiraFieldInfo[]))]
[JsonSerializable(typeof(JiraLinkTypeInfo[]))]
internal sealed partial class MappingJsonContext : JsonSerializerContext;
