using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Core.Structure;
using Panorama.Data;
using Panorama.Data.Boxes.Storage;

namespace Panorama.Web.Boxes.Integration;

/// <summary>Rule 13 from the boxes' side: the link types some box's Link hierarchy builder uses on a connection.</summary>
internal sealed class BoxLinkTypeUsage(IDbContextFactory<PanoramaDbContext> contexts) : ILinkTypeUsage
{
    public async Task<IReadOnlySet<string>> GetLinkTypesUsedByStructureAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var structures = await db.Boxes.AsNoTracking().Where(b => b.StructureJson != null).Select(b => b.StructureJson!).ToListAsync(cancellationToken);
        return structures
            .SelectMany(StructureJson.Read)
            .OfType<LinkHierarchyBuilder>()
            .Where(l => l.Connection == connectionId)
            .Select(l => l.LinkTypeId)
            .ToHashSet(StringComparer.Ordinal);
    }
}
