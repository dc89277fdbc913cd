using System.ComponentModel.DataAnnotations;

namespace Panorama.Web.Boxes.Members;

/// <summary>
/// A member of a box: a role held on the box itself, or inherited from a box above it (then <c>boxId</c> and
/// <c>boxName</c> say where it is held and it is changed there).
/// </summary>
public sealed record MemberResponse(Guid UserId, string? Email, string Role, bool Inherited, Guid BoxId, string BoxName);

public sealed record MembersResponse(IReadOnlyList<MemberResponse> Members);

/// <summary>Adds a member by e-mail or user id, or changes their role: viewer, editor or admin.</summary>
public sealed record AddMemberRequest(
    [EmailAddress, StringLength(320)] string? Email,
    Guid? UserId,
    [Required] string Role);

public sealed record SetMemberRoleRequest([Required] string Role);
