namespace Panorama.Core.Access;

/// <summary>
/// Resolves what a user may do in a box. A role granted on a box applies to every box below it; where several
/// grants apply (on the box and on ancestors) the highest wins; an application administrator is box admin
/// everywhere. Null means no access at all.
/// </summary>
public static class EffectiveBoxRole
{
    /// <summary>The user's role in the first box of <paramref name="boxAndAncestors"/> (the box, its parent, ... the root).</summary>
    public static BoxRole? Of(IEnumerable<Guid> boxAndAncestors, IEnumerable<BoxRoleGrant> grants, bool isApplicationAdministrator)
    {
        if (isApplicationAdministrator)
        {
            return BoxRole.Admin;
        }

        var line = boxAndAncestors as IReadOnlySet<Guid> ?? boxAndAncestors.ToHashSet();
        BoxRole? best = null;
        foreach (var grant in grants)
        {
            if (line.Contains(grant.BoxId) && (best is null || grant.Role > best))
            {
                best = grant.Role;
            }
        }

        return best;
    }

    /// <summary>
    /// The user's role in every box of a hierarchy given as child -> parent (null for a root): the boxes they can
    /// see, each with its role. A parent cycle in bad data is cut rather than looped on.
    /// </summary>
    public static IReadOnlyDictionary<Guid, BoxRole> InTree(
        IReadOnlyDictionary<Guid, Guid?> parents,
        IEnumerable<BoxRoleGrant> grants,
        bool isApplicationAdministrator)
    {
        if (isApplicationAdministrator)
        {
            return parents.Keys.ToDictionary(box => box, _ => BoxRole.Admin);
        }

        var direct = new Dictionary<Guid, BoxRole>();
        foreach (var grant in grants)
        {
            if (!direct.TryGetValue(grant.BoxId, out var held) || grant.Role > held)
            {
                direct[grant.BoxId] = grant.Role;
            }
        }

        // Memoised walk up: each box's role is max(own grant, parent's role), computed once.
        var resolved = new Dictionary<Guid, BoxRole?>();
        var path = new List<Guid>();
        foreach (var box in parents.Keys)
        {
            path.Clear();
            var visiting = new HashSet<Guid>();
            Guid? current = box;
            BoxRole? inherited = null;
            while (current is { } id)
            {
                if (resolved.TryGetValue(id, out inherited) || !visiting.Add(id))
                {
                    break;
                }

                path.Add(id);
                current = parents.TryGetValue(id, out var parent) ? parent : null;
            }

            for (var i = path.Count - 1; i >= 0; i--)
            {
                var own = direct.TryGetValue(path[i], out var role) ? role : (BoxRole?)null;
                inherited = Max(inherited, own);
                resolved[path[i]] = inherited;
            }
        }

        return resolved.Where(r => r.Value is not null && parents.ContainsKey(r.Key)).ToDictionary(r => r.Key, r => r.Value!.Value);
    }

    /// <summary>Whether <paramref name="role"/> (null: no access) is at least <paramref name="minimum"/>.</summary>
    public static bool Allows(this BoxRole? role, BoxRole minimum) => role is { } held && held >= minimum;

    private static BoxRole? Max(BoxRole? a, BoxRole? b) => a is null ? b : b is null ? a : (BoxRole)Math.Max((int)a, (int)b);
}
