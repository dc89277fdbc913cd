namespace Panorama.Web.Connections;

/// <summary>
/// A site field: id, name, whether custom, its schema, and which built-in fields it can hold (<c>suits</c>, e.g.
/// <c>startDate</c> for a date field).
/// </summary>
public sealed record FieldResponse(string Id, string Name, bool Custom, string? Type, string? Items, string? System, string? CustomType, IReadOnlyList<string> Suits);

public sealed record FieldsResponse(DateTimeOffset? RefreshedAt, IReadOnlyList<FieldResponse> Fields);

public sealed record LinkTypeResponse(string Id, string Name, string Inward, string Outward);

public sealed record LinkTypesResponse(DateTimeOffset? RefreshedAt, IReadOnlyList<LinkTypeResponse> LinkTypes);

public sealed record RefreshResponse(int Fields, int LinkTypes, bool DefaultFieldMappingApplied, DateTimeOffset? RefreshedAt);

/// <summary>
/// One field mapping row: <c>field</c> is a built-in field's JSON name (<c>startDate</c>, <c>endDate</c>, <c>progress</c>,
/// <c>originalEstimate</c>, <c>remainingEstimate</c>, <c>storyPoints</c>, <c>baselineStart</c>, <c>baselineEnd</c>);
/// <c>mode</c> is <c>twoWay</c>, <c>readOnly</c> or <c>notSynchronized</c> (primary only); <c>jiraFieldId</c> the site's field.
/// </summary>
public sealed record FieldMappingEntryDto(string? Field, string? Mode, string? JiraFieldId, string? JiraFieldName = null);

/// <summary>The field mapping, with the built-in fields that have no entry (<c>unmapped</c>: boxes show them as such).</summary>
public sealed record FieldMappingResponse(string Role, IReadOnlyList<FieldMappingEntryDto> Entries, IReadOnlyList<string> Unmapped);

/// <summary><c>PUT .../field-mapping</c>: the whole mapping; a field left out becomes unmapped.</summary>
public sealed record FieldMappingRequest(IReadOnlyList<FieldMappingEntryDto>? Entries);

/// <summary>
/// One dependency mapping row: a link type (by id) and the side that is the predecessor (<c>outward</c>: the issue
/// showing <c>outwardIssue</c>, as for "A blocks B"; or <c>inward</c>), the dependency <c>type</c> (FS, SS, FF, SF),
/// <c>strength</c> (strong, soft) and whether Panorama creates and deletes such links (<c>synced</c>).
/// </summary>
public sealed record DependencyMappingEntryDto(string? LinkTypeId, string? Direction, string? Type, string? Strength, bool? Synced = true, string? LinkTypeName = null);

public sealed record DependencyMappingResponse(IReadOnlyList<DependencyMappingEntryDto> Entries, IReadOnlyList<string> LinkTypesUsedByStructure);

/// <summary><c>PUT .../dependency-mapping</c>: the whole mapping.</summary>
public sealed record DependencyMappingRequest(IReadOnlyList<DependencyMappingEntryDto>? Entries);
