using Microsoft.EntityFrameworkCore;

namespace Panorama.Data.Boxes.Snapshots;

/// <summary>
/// What a box snapshot is checked against on every read: the task store's watermark, the connections' versions and
/// every box's revision (the boxes and connections tables are small). Three cheap queries.
/// </summary>
public sealed record StoreProbe(StoreWatermark Watermark, ConnectionStamp Connections, IReadOnlyDictionary<Guid, BoxRow> Boxes)
{
    public static async Task<StoreProbe> ReadAsync(PanoramaDbContext db, CancellationToken cancellationToken)
    {
        var watermark = await StoreWatermark.ReadAsync(db, cancellationToken);
        var connections = await db.Connections.AsNoTracking().Select(c => new { c.Id, c.Version }).ToListAsync(cancellationToken);
        var boxes = await db.Boxes.AsNoTracking()
            .Select(b => new BoxRow(b.Id, b.ParentId, b.Revision, b.IsArchived))
            .ToDictionaryAsync(b => b.Id, cancellationToken);
        return new StoreProbe(watermark, ConnectionStamp.Of(connections.Select(c => (c.Id, c.Version))), boxes);
    }
}

/// <summary>A box's place and revision, as the probe reads it.</summary>
public sealed record BoxRow(Guid Id, Guid? ParentId, long Revision, bool IsArchived);
