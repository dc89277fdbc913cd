using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Panorama.Web.Auth.SignIn;

/// <summary>
/// The browser session cookie: <c>__Host-</c> prefixed, Secure, HttpOnly, SameSite=Lax, 8 hours sliding. Browsers
/// are sent to <c>/signin</c>; programs (<c>/api</c>...) get 401/403 problem details instead of a redirect.
/// </summary>
internal static class SignInCookie
{
    /// <summary>The cookie's name: browsers accept a <c>__Host-</c> cookie only when it is Secure, for the whole site.</summary>
    public const string Name = "__Host-panorama";

    /// <summary>The name when <see cref="SignInProtectionOptions.AllowInsecureHttp"/> is on.</summary>
    public const string InsecureName = "panorama";

    public static void Configure(CookieAuthenticationOptions options, SignInProtectionOptions signIn)
    {
        options.Cookie.Name = signIn.AllowInsecureHttp ? InsecureName : Name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = signIn.AllowInsecureHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        options.LoginPath = "/signin";
        options.LogoutPath = "/signout";
        options.ReturnUrlParameter = "returnUrl";
        options.Events = new CookieAuthenticationEvents
        {
            OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync,
            OnRedirectToLogin = context => AuthProblems.IsProgrammaticRequest(context.Request)
                ? AuthProblems.WriteUnauthorizedAsync(context.HttpContext, AuthProblems.SignInRequired)
                : Redirect(context),
            OnRedirectToAccessDenied = context => AuthProblems.IsProgrammaticRequest(context.Request)
                ? AuthProblems.WriteForbiddenAsync(context.HttpContext)
                : AuthProblems.WriteForbiddenPageAsync(context.HttpContext),
        };
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
