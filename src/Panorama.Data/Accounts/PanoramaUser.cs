using Microsoft.AspNetCore.Identity;

namespace Panorama.Data.Accounts;

/// <summary>
/// A person who signs in to Panorama. The user name is the e-mail address; the password hash, lockout counters and
/// security stamp are ASP.NET Core Identity's.
/// </summary>
public sealed class PanoramaUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A disabled user cannot sign in and their API tokens are refused; nothing of theirs is deleted.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
