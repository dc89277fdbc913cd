using Microsoft.AspNetCore.Authorization;
using Panorama.Core.Access;

namespace Panorama.Web.Auth.Boxes;

/// <summary>
/// <c>.RequireBoxRole(BoxRole.Editor)</c> on an endpoint with a box id in its route (<c>{id}</c> or <c>{boxId}</c>):
/// 403 problem details without the role, 404 when the box does not exist.
/// </summary>
public static class BoxRoleEndpointFilter
{
    public static TBuilder RequireBoxRole<TBuilder>(this TBuilder builder, BoxRole minimum, string routeValue = "id")
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!Guid.TryParse(http.GetRouteValue(routeValue)?.ToString(), out var boxId))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Box not found", detail: "The box id in the address is not valid.");
            }

            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            var result = await authorization.AuthorizeAsync(http.User, boxId, new BoxRoleRequirement(minimum));
            if (result.Succeeded)
            {
                return await next(context);
            }

            return result.Failure?.FailureReasons.Any(r => r.Message == BoxRoleAuthorizationHandler.BoxNotFound) == true
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Box not found", detail: "No box has this id: list boxes with GET /api/boxes.")
                : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                    detail: $"This needs the {minimum} role on this box or a box above it: ask a box admin to add you.");
        });
}
