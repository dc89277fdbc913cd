namespace Panorama.Core.Tasks;

/// <summary>What Core needs to know about a connection (one Jira Cloud site): its id, its name and its role.</summary>
public sealed record SiteRef(Guid ConnectionId, string Name, bool IsPrimary);
