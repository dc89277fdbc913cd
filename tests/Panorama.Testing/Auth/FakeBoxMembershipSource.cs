using Panorama.Core.Access;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Testing.Auth;

/// <summary>An in-memory box hierarchy and memberships for authorization tests.</summary>
public sealed class FakeBoxMembershipSource : IBoxMembershipSource
{
    private readonly Dictionary<Guid, Guid?> _parents = [];
    private readonly List<(Guid UserId, BoxRoleGrant Grant)> _grants = [];

    /// <summary>Adds a box under <paramref name="parent"/> (null: a root) and returns its id.</summary>
    public Guid AddBox(Guid? parent = null)
    {
        var id = Guid.NewGuid();
        _parents[id] = parent;
        return id;
    }

    public FakeBoxMembershipSource Grant(Guid userId, Guid boxId, BoxRole role)
    {
        _grants.Add((userId, new BoxRoleGrant(boxId, role)));
        return this;
    }

    public Task<BoxMembershipFacts?> GetAsync(Guid boxId, Guid userId, CancellationToken cancellationToken)
    {
        if (!_parents.ContainsKey(boxId))
        {
            return Task.FromResult<BoxMembershipFacts?>(null);
        }

        var line = new List<Guid>();
        for (Guid? id = boxId; id is { } current; id = _parents[current])
        {
            line.Add(current);
        }

        var grants = _grants.Where(g => g.UserId == userId && line.Contains(g.Grant.BoxId)).Select(g => g.Grant).ToList();
        return Task.FromResult<BoxMembershipFacts?>(new BoxMembershipFacts(line, grants));
    }
}
