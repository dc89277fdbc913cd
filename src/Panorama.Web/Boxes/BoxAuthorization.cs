using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Access;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes;

/// <summary>
/// Box role checks for endpoints whose box is named in the body or query (<c>/api/dependencies</c>) rather than in
/// the route, with the same answers as <see cref="BoxRoleEndpointFilter"/>: 404 for a box that does not exist, 403
/// without the role.
/// </summary>
internal static class BoxAuthorization
{
    public static async Task<ProblemHttpResult?> CheckAsync(HttpContext context, Guid boxId, BoxRole minimum)
    {
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        var result = await authorization.AuthorizeAsync(context.User, boxId, new BoxRoleRequirement(minimum));
        if (result.Succeeded)
        {
            return null;
        }

        return result.Failure?.FailureReasons.Any(r => r.Message == BoxRoleAuthorizationHandler.BoxNotFound) == true
            ? BoxProblems.BoxNotFound()
            : BoxProblems.Forbidden($"This needs the {minimum} role on box {boxId} or a box above it: ask a box admin to add you.");
    }
}
