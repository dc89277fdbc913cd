namespace Panorama.Web.Boxes.Views;

/// <summary>
/// What a box's views and structure builders can name: the built-in fields and, per connected site, the native
/// fields and link types its last discovery found (empty until an administrator refreshes the connection).
/// </summary>
public sealed record FieldCatalogResponse(IReadOnlyList<BuiltInFieldResponse> BuiltIn, IReadOnlyList<SiteFieldsResponse> Sites);

/// <summary>A built-in field: its name and kind (date, number, seconds, text, statusCategory), which decide its aggregations.</summary>
public sealed record BuiltInFieldResponse(string Name, string Kind, IReadOnlyList<string> Aggregations);

public sealed record SiteFieldsResponse(string Site, bool Primary, IReadOnlyList<NativeFieldResponse> Fields, IReadOnlyList<SiteLinkTypeResponse> LinkTypes);

/// <summary>A native field as views name it: <c>field</c> is <c>site:fieldId</c>.</summary>
public sealed record NativeFieldResponse(string Id, string Name, string Field);

public sealed record SiteLinkTypeResponse(string Id, string Name, string Outward, string Inward);
