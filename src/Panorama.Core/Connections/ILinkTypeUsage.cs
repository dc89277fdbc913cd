namespace Panorama.Core.Connections;

/// <summary>
/// Which link types of a connection a structure builder uses as a hierarchy (rule 13: such a link type cannot also be a
/// synced dependency). The boxes feature implements it; with none registered, no link type is used.
/// </summary>
public interface ILinkTypeUsage
{
    /// <summary>Link type ids (as Jira names them) that some box's Link hierarchy builder uses on this connection.</summary>
    Task<IReadOnlySet<string>> GetLinkTypesUsedByStructureAsync(Guid connectionId, CancellationToken cancellationToken);
}
