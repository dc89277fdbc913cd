using Panorama.Data.Accounts;

namespace Panorama.Web.Auth.Users;

/// <summary>A user as the API shows it (never a password hash).</summary>
public sealed record UserResponse(
    Guid Id,
    string Email,
    string DisplayName,
    bool IsAdministrator,
    bool IsDisabled,
    DateTimeOffset? LockedOutUntil,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt)
{
    public static UserResponse From(PanoramaUser user, bool isAdministrator, DateTimeOffset now) => new(
        user.Id,
        user.Email ?? string.Empty,
        user.DisplayName,
        isAdministrator,
        user.IsDisabled,
        user.LockoutEnd > now ? user.LockoutEnd : null,
        user.CreatedAt,
        user.LastSignInAt);
}

/// <summary><c>POST /api/users</c>. Without a password one is generated and returned once.</summary>
public sealed record CreateUserRequest(
    string Email,
    string? DisplayName,
    string? Password,
    bool IsAdministrator = false);

/// <summary>A new user, with the generated password when the request named none (shown only here).</summary>
public sealed record CreatedUserResponse(UserResponse User, string? GeneratedPassword);

/// <summary><c>POST /api/users/{id}/password</c>. Without a password one is generated and returned once.</summary>
public sealed record ResetPasswordRequest(string? Password);

public sealed record ResetPasswordResponse(string? GeneratedPassword);

/// <summary><c>PUT /api/users/{id}/administrator</c>.</summary>
public sealed record SetAdministratorRequest(bool IsAdministrator);
