using Microsoft.AspNetCore.Identity;
using Panorama.Data.Accounts;
using Panorama.Data.Audit;

namespace Panorama.Web.Auth.SignIn;

/// <summary>
/// Signs a browser in with e-mail and password: Identity checks the password and counts failures towards lockout,
/// the cookie is issued, and every attempt is audited (with the e-mail tried, never the password).
/// </summary>
public sealed class PasswordSignIn(
    UserManager<PanoramaUser> users,
    SignInManager<PanoramaUser> signIn,
    IAuditLog audit,
    TimeProvider time,
    IHttpContextAccessor http)
{
    // Verifying against a real hash for an unknown e-mail takes as long as for a known one: timing tells nothing.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<PanoramaUser>().HashPassword(new PanoramaUser(), "decoy password"));

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new PanoramaUser(), DecoyHash.Value, password);
            await RecordAsync(AuditActions.SignInFailed, null, email, "unknown e-mail", cancellationToken);
            return SignInOutcome.Failed;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await signIn.SignInAsync(user, isPersistent: remember);
            user.LastSignInAt = time.GetUtcNow();
            await users.UpdateAsync(user);
            await RecordAsync(AuditActions.SignInSucceeded, user, email, null, cancellationToken);
            return SignInOutcome.Succeeded;
        }

        if (result.IsLockedOut)
        {
            await RecordAsync(AuditActions.SignInLockedOut, user, email, "account locked after repeated failures", cancellationToken);
            return SignInOutcome.LockedOut;
        }

        var reason = result.IsNotAllowed ? "account disabled" : "wrong password";
        await RecordAsync(AuditActions.SignInFailed, user, email, reason, cancellationToken);
        return SignInOutcome.Failed;
    }

    private Task RecordAsync(string action, PanoramaUser? user, string email, string? reason, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, string?>
        {
            ["email"] = email.Trim(),
            ["address"] = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        };
        if (reason is not null)
        {
            data["reason"] = reason;
        }

        // A failed attempt is not done "by" the account it names: the actor is whoever typed, unknown.
        var actor = action == AuditActions.SignInSucceeded && user is not null ? user.ToAuditActor() : new AuditActor(null, email.Trim());
        return audit.RecordAsync(new AuditEvent(action)
        {
            Actor = actor,
            TargetType = user is null ? null : "user",
            TargetId = user?.Id.ToString(),
            Data = data,
        }, cancellationToken);
    }
}
