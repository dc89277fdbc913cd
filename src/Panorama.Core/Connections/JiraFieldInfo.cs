namespace Panorama.Core.Connections;

/// <summary>
/// One field of a site as <c>GET /rest/api/3/field</c> describes it. Custom field ids differ per site, so Panorama
/// recognises fields by <see cref="SchemaCustom"/>/<see cref="SchemaSystem"/>, never by a hard-coded id (SPEC 3.2).
/// </summary>
public sealed record JiraFieldInfo(
    string Id,
    string Name,
    bool Custom,
    string? SchemaType,
    string? SchemaItems = null,
    string? SchemaSystem = null,
    string? SchemaCustom = null);
