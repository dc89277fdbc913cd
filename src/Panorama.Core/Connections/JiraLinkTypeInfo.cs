namespace Panorama.Core.Connections;

/// <summary>A site's issue link type (<c>GET /rest/api/3/issueLinkType</c>). Names are editable per site: map by id.</summary>
public sealed record JiraLinkTypeInfo(string Id, string Name, string Inward, string Outward);
