namespace Panorama.Web.Auth.Account;

/// <summary>The signed-in user (<c>GET /api/account</c>).</summary>
public sealed record AccountResponse(Guid Id, string Email, string DisplayName, bool IsAdministrator);

/// <summary><c>POST /api/account/tokens</c>.</summary>
public sealed record CreateTokenRequest(string Name);

/// <summary>A token as listed: never its value.</summary>
public sealed record TokenResponse(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);

/// <summary>A new token with its value, shown this once: it cannot be read again.</summary>
public sealed record CreatedTokenResponse(Guid Id, string Name, DateTimeOffset CreatedAt, string Token);

/// <summary><c>POST /api/account/password</c>.</summary>
public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);
