using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Panorama.Data.Accounts;

namespace Panorama.Web.Auth.SignIn;

/// <summary>Identity's sign-in, refusing disabled users both at sign-in and when a session's cookie is re-validated.</summary>
internal sealed class PanoramaSignInManager(
    UserManager<PanoramaUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PanoramaUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PanoramaUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PanoramaUser> confirmation)
    : SignInManager<PanoramaUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PanoramaUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(PanoramaUser? user, string? securityStamp) =>
        user is { IsDisabled: false } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
