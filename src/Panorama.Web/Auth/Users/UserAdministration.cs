using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Panorama.Data.Accounts;
using Panorama.Data.Audit;

namespace Panorama.Web.Auth.Users;

/// <summary>
/// What application administrators do to accounts: create, disable, enable, delete, reset passwords, grant or
/// withdraw the administrator role. Each change is audited; none may leave the application without an enabled
/// administrator.
/// </summary>
public sealed class UserAdministration(UserManager<PanoramaUser> users, IAuditLog audit, TimeProvider time)
{
    private const string Administrator = PanoramaRoles.ApplicationAdministrator;

    public async Task<IReadOnlyList<UserResponse>> ListAsync(CancellationToken cancellationToken)
    {
        var administrators = await AdministratorIdsAsync();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.NormalizedEmail).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. all.Select(u => UserResponse.From(u, administrators.Contains(u.Id), now))];
    }

    public async Task<UserResponse?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = await users.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? null : UserResponse.From(user, await users.IsInRoleAsync(user, Administrator), time.GetUtcNow());
    }

    public async Task<bool> IsAdministratorAsync(PanoramaUser user) => await users.IsInRoleAsync(user, Administrator);

    public async Task<UserChange> CreateAsync(CreateUserRequest request, AuditActor actor, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        var user = new PanoramaUser
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? email : request.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
            LockoutEnabled = true,
        };
        var generated = string.IsNullOrEmpty(request.Password) ? GeneratedPassword.Create() : null;
        var created = await users.CreateAsync(user, generated ?? request.Password!);
        if (!created.Succeeded)
        {
            return UserChange.Invalid(created.Errors);
        }

        if (request.IsAdministrator)
        {
            await users.AddToRoleAsync(user, Administrator);
        }

        await RecordAsync(AuditActions.UserCreated, user, actor, [new("administrator", null, request.IsAdministrator)], cancellationToken);
        return new UserChange(UserChangeStatus.Done, user, generated);
    }

    public async Task<UserChange> SetDisabledAsync(Guid id, bool disabled, AuditActor actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return UserChange.NotFound;
        }

        if (user.IsDisabled == disabled)
        {
            return new UserChange(UserChangeStatus.Done, user);
        }

        if (disabled && await IsLastEnabledAdministratorAsync(user))
        {
            return UserChange.LastAdministrator;
        }

        user.IsDisabled = disabled;

        // A new security stamp ends the user's browser sessions at their next re-validation.
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            return UserChange.Invalid(result.Errors);
        }

        await RecordAsync(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, user, actor, [new("disabled", !disabled, disabled)], cancellationToken);
        return new UserChange(UserChangeStatus.Done, user);
    }

    public async Task<UserChange> DeleteAsync(Guid id, AuditActor actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return UserChange.NotFound;
        }

        if (await IsLastEnabledAdministratorAsync(user))
        {
            return UserChange.LastAdministrator;
        }

        // Their API tokens go with them (cascade); the audit log keeps their e-mail.
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            return UserChange.Invalid(result.Errors);
        }

        await RecordAsync(AuditActions.UserDeleted, user, actor, [], cancellationToken);
        return new UserChange(UserChangeStatus.Done, user);
    }

    /// <summary>Sets a new password (generated when none is given), unlocks the account and ends its sessions.</summary>
    public async Task<UserChange> ResetPasswordAsync(Guid id, string? password, AuditActor actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return UserChange.NotFound;
        }

        var generated = string.IsNullOrEmpty(password) ? GeneratedPassword.Create() : null;
        var result = await SetPasswordAsync(user, generated ?? password!);
        if (!result.Succeeded)
        {
            return UserChange.Invalid(result.Errors);
        }

        await RecordAsync(AuditActions.UserPasswordReset, user, actor, [], cancellationToken);
        return new UserChange(UserChangeStatus.Done, user, generated);
    }

    public async Task<UserChange> SetAdministratorAsync(Guid id, bool isAdministrator, AuditActor actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return UserChange.NotFound;
        }

        var was = await users.IsInRoleAsync(user, Administrator);
        if (was == isAdministrator)
        {
            return new UserChange(UserChangeStatus.Done, user);
        }

        if (!isAdministrator && await IsLastEnabledAdministratorAsync(user))
        {
            return UserChange.LastAdministrator;
        }

        // Sessions pick the new role up at their next re-validation; API tokens at the next request.
        var result = isAdministrator ? await users.AddToRoleAsync(user, Administrator) : await users.RemoveFromRoleAsync(user, Administrator);
        if (!result.Succeeded)
        {
            return UserChange.Invalid(result.Errors);
        }

        await RecordAsync(AuditActions.UserRoleChanged, user, actor, [new("administrator", was, isAdministrator)], cancellationToken);
        return new UserChange(UserChangeStatus.Done, user);
    }

    /// <summary>Validates and sets a password without the old one, unlocks the account and renews its security stamp.</summary>
    internal async Task<IdentityResult> SetPasswordAsync(PanoramaUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var validation = await validator.ValidateAsync(users, user, password);
            errors.AddRange(validation.Errors);
        }

        if (errors.Count > 0)
        {
            return IdentityResult.Failed([.. errors]);
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        return await users.UpdateSecurityStampAsync(user);
    }

    private async Task<bool> IsLastEnabledAdministratorAsync(PanoramaUser user)
    {
        var administrators = await users.GetUsersInRoleAsync(Administrator);
        return administrators.Any(a => a.Id == user.Id) && !administrators.Any(a => a.Id != user.Id && !a.IsDisabled);
    }

    private async Task<HashSet<Guid>> AdministratorIdsAsync() =>
        [.. (await users.GetUsersInRoleAsync(Administrator)).Select(u => u.Id)];

    private Task RecordAsync(string action, PanoramaUser user, AuditActor actor, IReadOnlyList<AuditFieldChange> changes, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent(action)
        {
            Actor = actor,
            TargetType = "user",
            TargetId = user.Id.ToString(),
            Changes = changes,
            Data = new Dictionary<string, string?> { ["email"] = user.Email },
        }, cancellationToken);
}
