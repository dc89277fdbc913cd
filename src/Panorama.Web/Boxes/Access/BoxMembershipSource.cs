using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Data;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Access;

/// <summary>
/// Box authorization over the boxes tables: the box's line up to its root (the boxes table is small: one query for
/// all parents) and the user's memberships on that line.
/// </summary>
internal sealed class BoxMembershipSource(PanoramaDbContext db) : IBoxMembershipSource
{
    public async Task<BoxMembershipFacts?> GetAsync(Guid boxId, Guid userId, CancellationToken cancellationToken)
    {
        var parents = await BoxLines.ParentsAsync(db, cancellationToken);
        if (!parents.ContainsKey(boxId))
        {
            return null;
        }

        var line = BoxLines.LineOf(boxId, parents);
        var grants = await db.BoxMembers.AsNoTracking()
            .Where(m => m.UserId == userId && line.Contains(m.BoxId))
            .Select(m => new BoxRoleGrant(m.BoxId, m.Role))
            .ToListAsync(cancellationToken);
        return new BoxMembershipFacts(line, grants);
    }
}
