using Panorama.Data.Accounts;

namespace Panorama.Web.Auth.Users;

/// <summary>How an administrator's change to a user ended.</summary>
public enum UserChangeStatus
{
    Done,
    NotFound,

    /// <summary>Refused: it would leave no enabled application administrator.</summary>
    LastAdministrator,

    /// <summary>Refused by Identity's validation (e-mail taken, password too short...): see the errors.</summary>
    Invalid,
}

/// <summary>The result of a change: the user as it now is, a generated password to show once, or why it was refused.</summary>
public sealed record UserChange(
    UserChangeStatus Status,
    PanoramaUser? User = null,
    string? GeneratedPassword = null,
    IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static readonly UserChange NotFound = new(UserChangeStatus.NotFound);

    public static readonly UserChange LastAdministrator = new(UserChangeStatus.LastAdministrator);

    public static UserChange Invalid(IEnumerable<Microsoft.AspNetCore.Identity.IdentityError> errors) => new(
        UserChangeStatus.Invalid,
        Errors: errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
}
