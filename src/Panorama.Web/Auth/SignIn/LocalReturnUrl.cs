namespace Panorama.Web.Auth.SignIn;

/// <summary>Where to go after signing in: only a path on this site, so a crafted link cannot send users elsewhere.</summary>
public static class LocalReturnUrl
{
    public static string Sanitize(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/' || returnUrl.Contains('\\', StringComparison.Ordinal))
        {
            return "/";
        }

        // "//host" and "/\host" are protocol-relative: another site.
        return returnUrl.Length > 1 && returnUrl[1] == '/' ? "/" : returnUrl;
    }
}
