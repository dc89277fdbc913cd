using Microsoft.EntityFrameworkCore;
using Panorama.Data;

namespace Panorama.Web.Boxes.Integration;

/// <summary>
/// The next version of the task store's counter (<c>change_counters.tasks</c>), taken inside the caller's transaction
/// the way the sync engine's writers take it, so versions commit in increasing order.
/// </summary>
internal static class ChangeVersions
{
    public static async Task<long> NextAsync(PanoramaDbContext db, CancellationToken cancellationToken)
    {
        var values = await db.Database
            .SqlQueryRaw<long>("UPDATE change_counters SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = 'tasks' RETURNING \"Value\"")
            .ToListAsync(cancellationToken);
        return values.Single();
    }
}
