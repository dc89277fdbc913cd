using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Data;
using Panorama.Web.Auth;

namespace Panorama.Web.Boxes.Access;

/// <summary>Reading the hierarchy for access decisions: parents, a box's line to its root, a user's roles.</summary>
internal static class BoxLines
{
    public static async Task<Dictionary<Guid, Guid?>> ParentsAsync(PanoramaDbContext db, CancellationToken cancellationToken) =>
        await db.Boxes.AsNoTracking().Select(b => new { b.Id, b.ParentId }).ToDictionaryAsync(b => b.Id, b => b.ParentId, cancellationToken);

    /// <summary>The box, its parent, ... its root (a parent cycle in bad data is cut).</summary>
    public static List<Guid> LineOf(Guid boxId, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        var line = new List<Guid>();
        for (Guid? id = boxId; id is { } current && !line.Contains(current); id = parents.GetValueOrDefault(current))
        {
            line.Add(current);
        }

        return line;
    }

    /// <summary>The user's role in every box they can see (application administrators: admin everywhere).</summary>
    public static async Task<IReadOnlyDictionary<Guid, BoxRole>> RolesAsync(
        PanoramaDbContext db, ClaimsPrincipal user, IReadOnlyDictionary<Guid, Guid?> parents, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var grants = userId is { } id
            ? await db.BoxMembers.AsNoTracking().Where(m => m.UserId == id).Select(m => new BoxRoleGrant(m.BoxId, m.Role)).ToListAsync(cancellationToken)
            : [];
        return EffectiveBoxRole.InTree(parents, grants, user.IsApplicationAdministrator());
    }

    /// <summary>The user's role in one box (null: no access).</summary>
    public static async Task<BoxRole?> RoleInAsync(PanoramaDbContext db, ClaimsPrincipal user, Guid boxId, CancellationToken cancellationToken)
    {
        var parents = await ParentsAsync(db, cancellationToken);
        if (!parents.ContainsKey(boxId))
        {
            return null;
        }

        var roles = await RolesAsync(db, user, parents, cancellationToken);
        return roles.TryGetValue(boxId, out var role) ? role : null;
    }
}
