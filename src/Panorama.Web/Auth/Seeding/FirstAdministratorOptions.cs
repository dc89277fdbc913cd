namespace Panorama.Web.Auth.Seeding;

/// <summary>
/// The first administrator, from <c>Admin:Email</c>/<c>Admin:Password</c>/<c>Admin:ApiToken</c> or the environment
/// variables <c>PANORAMA_ADMIN_EMAIL</c>, <c>PANORAMA_ADMIN_PASSWORD</c>, <c>PANORAMA_ADMIN_API_TOKEN</c>.
/// </summary>
public sealed class FirstAdministratorOptions
{
    public const string SectionName = "Admin";

    /// <summary>The e-mail of the administrator created when none exists yet.</summary>
    public const string DefaultEmail = "admin@panorama.local";

    public string? Email { get; set; }

    /// <summary>Used only when the administrator is created; without it a password is generated and printed once.</summary>
    public string? Password { get; set; }

    /// <summary>An API token (at least 32 characters) created for the administrator, unless it exists or was revoked.</summary>
    public string? ApiToken { get; set; }

    public string EffectiveEmail => string.IsNullOrWhiteSpace(Email) ? DefaultEmail : Email.Trim();

    internal static string? Validate(FirstAdministratorOptions options)
    {
        if (options.ApiToken is { Length: > 0 } token && token.Trim().Length < Tokens.ApiTokenSecret.MinimumLength)
        {
            return $"PANORAMA_ADMIN_API_TOKEN (Admin:ApiToken) must be at least {Tokens.ApiTokenSecret.MinimumLength} characters of random text.";
        }

        if (options.Password is { Length: > 0 } password && password.Length < PasswordRules.MinimumLength)
        {
            return $"PANORAMA_ADMIN_PASSWORD (Admin:Password) must be at least {PasswordRules.MinimumLength} characters.";
        }

        return null;
    }
}
