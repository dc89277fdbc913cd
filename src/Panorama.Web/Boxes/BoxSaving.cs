using Microsoft.EntityFrameworkCore;
using Panorama.Data;
using Panorama.Data.Boxes;

namespace Panorama.Web.Boxes;

/// <summary>Saving box changes with the box row's revision as the optimistic concurrency check.</summary>
internal static class BoxSaving
{
    /// <summary>
    /// Saves; false when another request changed one of the rows meanwhile (the revision moved on, or a concurrent
    /// insert took a unique key): answer 409, the caller reloads.
    /// </summary>
    public static async Task<bool> TrySaveAsync(PanoramaDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>
    /// Loads the box row tracked and bumps its revision, so the change being made to its settings is seen by every
    /// box snapshot (and conflicts with a concurrent change to the same box).
    /// </summary>
    public static async Task<BoxRecord?> TouchAsync(PanoramaDbContext db, Guid boxId, CancellationToken cancellationToken)
    {
        var record = await db.Boxes.SingleOrDefaultAsync(b => b.Id == boxId, cancellationToken);
        if (record is not null)
        {
            record.Revision++;
        }

        return record;
    }
}
