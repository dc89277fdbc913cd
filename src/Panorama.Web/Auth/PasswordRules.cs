namespace Panorama.Web.Auth;

/// <summary>
/// Password rules: length rather than character classes (NIST SP 800-63B), so long pass phrases are welcome and
/// generated passwords always pass.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
}
