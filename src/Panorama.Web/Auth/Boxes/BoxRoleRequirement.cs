using Microsoft.AspNetCore.Authorization;
using Panorama.Core.Access;

namespace Panorama.Web.Auth.Boxes;

/// <summary>
/// The user needs at least <paramref name="Minimum"/> on the box whose id is the authorization resource:
/// <c>authorization.AuthorizeAsync(User, boxId, new BoxRoleRequirement(BoxRole.Editor))</c>, or the policies
/// <see cref="AuthPolicies.BoxViewer"/>, <see cref="AuthPolicies.BoxEditor"/>, <see cref="AuthPolicies.BoxAdmin"/>.
/// </summary>
public sealed record BoxRoleRequirement(BoxRole Minimum) : IAuthorizationRequirement;
