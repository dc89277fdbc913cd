using Microsoft.AspNetCore.Identity;

namespace Panorama.Web.Auth;

/// <summary>The authentication schemes of the host.</summary>
public static class AuthSchemes
{
    /// <summary>
    /// The default: a policy scheme that uses <see cref="ApiToken"/> when the request carries
    /// <c>Authorization: Bearer</c>, and the sign-in <see cref="Cookie"/> otherwise.
    /// </summary>
    public const string Default = "Panorama";

    /// <summary>The browser's sign-in cookie (ASP.NET Core Identity's application scheme).</summary>
    public static readonly string Cookie = IdentityConstants.ApplicationScheme;

    /// <summary><c>Authorization: Bearer pnr_...</c> with an API token a user made for their scripts.</summary>
    public const string ApiToken = "ApiToken";
}
