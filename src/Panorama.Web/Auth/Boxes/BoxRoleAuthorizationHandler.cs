using Microsoft.AspNetCore.Authorization;
using Panorama.Core.Access;

namespace Panorama.Web.Auth.Boxes;

/// <summary>
/// Decides <see cref="BoxRoleRequirement"/> for a box id: application administrators pass at once; anyone else
/// needs a grant on the box or an ancestor (<see cref="EffectiveBoxRole"/>).
/// </summary>
internal sealed class BoxRoleAuthorizationHandler(IServiceProvider services) : AuthorizationHandler<BoxRoleRequirement, Guid>
{
    /// <summary>The failure reason given when the box does not exist (endpoints answer 404 for it).</summary>
    public const string BoxNotFound = "box-not-found";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, BoxRoleRequirement requirement, Guid boxId)
    {
        if (context.User.IsApplicationAdministrator())
        {
            context.Succeed(requirement);
            return;
        }

        if (context.User.UserId() is not { } userId)
        {
            return;
        }

        // Resolved here, not injected: every authorization decision builds all handlers, and the source (from the
        // boxes feature) is only needed for box decisions.
        var source = services.GetService<IBoxMembershipSource>()
            ?? throw new InvalidOperationException("Box authorization needs an IBoxMembershipSource service; none is registered.");
        var cancellationToken = (context.Resource as HttpContext)?.RequestAborted ?? CancellationToken.None;
        var facts = await source.GetAsync(boxId, userId, cancellationToken);
        if (facts is null)
        {
            context.Fail(new AuthorizationFailureReason(this, BoxNotFound));
            return;
        }

        if (EffectiveBoxRole.Of(facts.BoxAndAncestors, facts.Grants, isApplicationAdministrator: false).Allows(requirement.Minimum))
        {
            context.Succeed(requirement);
        }
    }
}
