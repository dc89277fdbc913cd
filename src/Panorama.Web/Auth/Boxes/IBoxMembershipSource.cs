using Panorama.Core.Access;

namespace Panorama.Web.Auth.Boxes;

/// <summary>
/// Where box authorization learns a box's place in the hierarchy and a user's memberships. Implemented by the boxes
/// feature over its tables; tests use a fake.
/// </summary>
public interface IBoxMembershipSource
{
    /// <summary>
    /// The box and its ancestors (the box first, its root last) with the user's grants on any of them; null when
    /// the box does not exist.
    /// </summary>
    Task<BoxMembershipFacts?> GetAsync(Guid boxId, Guid userId, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IBoxMembershipSource"/> knows about one box and one user.</summary>
public sealed record BoxMembershipFacts(IReadOnlyList<Guid> BoxAndAncestors, IReadOnlyList<BoxRoleGrant> Grants);
