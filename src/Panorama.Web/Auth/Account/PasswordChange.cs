using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Panorama.Data.Accounts;
using Panorama.Data.Audit;

namespace Panorama.Web.Auth.Account;

/// <summary>How a change of one's own password ended: the account was gone, or the rules it broke (none: done).</summary>
public sealed record PasswordChangeResult(bool AccountFound, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => AccountFound && Errors.Count == 0;
}

/// <summary>
/// A user changes their own password (the current one is needed). Used by <c>POST /api/account/password</c> and the
/// password page; both run inside an HTTP request, so a browser session's cookie can be re-issued.
/// </summary>
public sealed class PasswordChange(UserManager<PanoramaUser> users, SignInManager<PanoramaUser> signIn, IAuditLog audit)
{
    public async Task<PasswordChangeResult> ChangeAsync(ClaimsPrincipal principal, string? current, string? next, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return new PasswordChangeResult(false, new Dictionary<string, string[]>());
        }

        var result = await users.ChangePasswordAsync(user, current ?? string.Empty, next ?? string.Empty);
        if (!result.Succeeded)
        {
            return new PasswordChangeResult(true, result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        if (principal.Identity?.AuthenticationType == AuthSchemes.Cookie)
        {
            // The new security stamp would end this very session at its next check: re-issue its cookie.
            await signIn.RefreshSignInAsync(user);
        }

        await audit.RecordAsync(new AuditEvent(AuditActions.UserPasswordChanged)
        {
            Actor = principal.ToAuditActor(),
            TargetType = "user",
            TargetId = user.Id.ToString(),
        }, cancellationToken);
        return new PasswordChangeResult(true, new Dictionary<string, string[]>());
    }
}
