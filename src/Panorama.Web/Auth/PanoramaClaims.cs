using System.Security.Claims;
using Panorama.Data.Accounts;
using Panorama.Data.Audit;

namespace Panorama.Web.Auth;

/// <summary>
/// Reading the signed-in user from a <see cref="ClaimsPrincipal"/>. Cookie and bearer principals carry the same
/// claims (Identity's defaults): user id, user name (the e-mail), e-mail and roles.
/// </summary>
public static class PanoramaClaims
{
    /// <summary>The user's id, or null for an anonymous principal.</summary>
    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string? Email(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(ClaimTypes.Email) ?? principal.FindFirstValue(ClaimTypes.Name);

    public static bool IsApplicationAdministrator(this ClaimsPrincipal principal) =>
        principal.IsInRole(PanoramaRoles.ApplicationAdministrator);

    /// <summary>The principal as the audit log names it.</summary>
    public static AuditActor ToAuditActor(this ClaimsPrincipal principal) =>
        principal.UserId() is { } id ? new AuditActor(id, principal.Email() ?? id.ToString()) : new AuditActor(null, "anonymous");

    /// <summary>The audit actor for a user record (sign-in, before a principal exists).</summary>
    public static AuditActor ToAuditActor(this PanoramaUser user) => new(user.Id, user.Email ?? user.UserName ?? user.Id.ToString());

    /// <summary>A principal for a user authenticated by <paramref name="scheme"/>, with Identity's claim types.</summary>
    internal static ClaimsPrincipal Create(PanoramaUser user, bool isAdministrator, string scheme, params Claim[] extra)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName ?? string.Empty),
            new(ClaimTypes.Email, user.Email ?? string.Empty),
        };
        if (isAdministrator)
        {
            claims.Add(new Claim(ClaimTypes.Role, PanoramaRoles.ApplicationAdministrator));
        }

        claims.AddRange(extra);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
