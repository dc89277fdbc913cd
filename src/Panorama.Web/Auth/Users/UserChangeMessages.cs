namespace Panorama.Web.Auth.Users;

/// <summary>What the users API and the users page say when a change is refused: one wording for both.</summary>
public static class UserChangeMessages
{
    public const string LastAdministrator = "This is the last enabled application administrator: make another user an administrator first.";

    public const string EmailRequired = "An e-mail address is required: it is the user's sign-in name.";

    public static string EmailInUse(string email) =>
        $"A user with the e-mail '{email.Trim()}' exists: choose another address or change that user.";

    public static bool IsEmailInUse(UserChange change) =>
        change.Errors is { } errors && (errors.ContainsKey("DuplicateUserName") || errors.ContainsKey("DuplicateEmail"));

    /// <summary>Why a change to <paramref name="email"/> was refused, in words for a person; null when it was done.</summary>
    public static string? Describe(UserChange change, string email) => change.Status switch
    {
        UserChangeStatus.Done => null,
        UserChangeStatus.NotFound => $"The user '{email}' no longer exists: the list is now up to date.",
        UserChangeStatus.LastAdministrator => LastAdministrator,
        _ when IsEmailInUse(change) => EmailInUse(email),
        _ => string.Join(" ", change.Errors?.SelectMany(e => e.Value) ?? []),
    };
}
