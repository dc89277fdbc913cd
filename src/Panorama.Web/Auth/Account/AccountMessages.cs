using Panorama.Web.Auth.Tokens;

namespace Panorama.Web.Auth.Account;

/// <summary>What the account API and the account page say when they refuse something: one wording for both.</summary>
public static class AccountMessages
{
    public static readonly string TokenName = $"Give the token a name of 1 to {ApiTokenService.MaxNameLength} characters.";

    public const string TokenNameDetail = "Name the token after the script or machine that will use it.";

    public const string PasswordNotChanged = "The password was not changed: give your current password and a new one that meets the rules in 'errors'.";

    /// <summary>The trimmed token name, or null when it is empty or too long.</summary>
    public static string? ValidTokenName(string? name) =>
        name?.Trim() is { Length: > 0 and <= ApiTokenService.MaxNameLength } trimmed ? trimmed : null;
}
