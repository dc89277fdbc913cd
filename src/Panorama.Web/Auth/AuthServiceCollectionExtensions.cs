using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Panorama.Core.Access;
using Panorama.Data;
using Panorama.Data.Accounts;
using Panorama.Web.Auth.Account;
using Panorama.Web.Auth.Audit;
using Panorama.Web.Auth.Boxes;
using Panorama.Web.Auth.Seeding;
using Panorama.Web.Auth.SignIn;
using Panorama.Web.Auth.Tokens;
using Panorama.Web.Auth.Users;

namespace Panorama.Web.Auth;

/// <summary>
/// Accounts, sign-in and authorization: every endpoint needs a signed-in user unless it says AllowAnonymous.
/// </summary>
public static class AuthServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPanoramaAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SignInProtectionOptions>().BindConfiguration(SignInProtectionOptions.SectionName).ValidateOnStart();
        services.AddOptions<FirstAdministratorOptions>()
            .BindConfiguration(FirstAdministratorOptions.SectionName)
            .PostConfigure<IConfiguration>(ReadEnvironmentVariables)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FirstAdministratorOptions>, FirstAdministratorOptionsValidator>();

        // Cookies and antiforgery tokens are encrypted with the data protection key ring that AddPanoramaData keeps
        // in the database, so every node reads what the others wrote.

        services.AddIdentityCore<PanoramaUser>()
            .AddRoles<PanoramaRole>()
            .AddEntityFrameworkStores<PanoramaDbContext>()
            .AddSignInManager<PanoramaSignInManager>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<SignInProtectionOptions>>(ConfigureIdentity);
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SignInProtectionOptions>>(
            (o, signIn) => o.ValidationInterval = signIn.Value.SessionRevalidationInterval);

        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Sign-in cookie or API token", o => o.ForwardDefaultSelector =
                context => ApiTokenAuthenticationHandler.HasBearer(context.Request) ? AuthSchemes.ApiToken : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(AuthSchemes.ApiToken, null);

        services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.Cookie)
            .Configure<IOptions<SignInProtectionOptions>>((cookie, signIn) => SignInCookie.Configure(cookie, signIn.Value));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AuthPolicies.AppAdmin, p => p.RequireAuthenticatedUser().RequireRole(PanoramaRoles.ApplicationAdministrator))
            .AddPolicy(AuthPolicies.BoxViewer, p => p.AddRequirements(new BoxRoleRequirement(BoxRole.Viewer)))
            .AddPolicy(AuthPolicies.BoxEditor, p => p.AddRequirements(new BoxRoleRequirement(BoxRole.Editor)))
            .AddPolicy(AuthPolicies.BoxAdmin, p => p.AddRequirements(new BoxRoleRequirement(BoxRole.Admin)));
        services.AddScoped<IAuthorizationHandler, BoxRoleAuthorizationHandler>();

        // Same as request, not Always: antiforgery refuses to work at all over HTTP with Always, and behind a
        // TLS-terminating proxy the request is HTTP unless forwarded headers are enabled.
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "panorama-antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(limiter => limiter.AddSignInPolicy());

        services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddDocumentTransformer<BearerSecuritySchemeTransformer>());
        services.AddHttpContextAccessor();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<Account.PasswordChange>();
        services.AddScoped<UserAdministration>();
        services.AddSingleton<FirstAdministratorState>();
        services.AddSingleton(new StartupConsole(Console.Out));
        services.AddHostedService<FirstAdministratorSeeder>();
        return builder;
    }

    /// <summary>Authentication, authorization, rate limiting and antiforgery, in the order they must run.</summary>
    public static WebApplication UsePanoramaAuth(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAccountEndpoints();
        endpoints.MapUsersEndpoints();
        endpoints.MapAuditEndpoints();
        return endpoints;
    }

    private static void ConfigureIdentity(IdentityOptions identity, IOptions<SignInProtectionOptions> signIn)
    {
        identity.User.RequireUniqueEmail = true;
        identity.User.AllowedUserNameCharacters = string.Empty; // user names are e-mails; Identity validates those
        identity.Password.RequiredLength = PasswordRules.MinimumLength;
        identity.Password.RequireDigit = false;
        identity.Password.RequireLowercase = false;
        identity.Password.RequireUppercase = false;
        identity.Password.RequireNonAlphanumeric = false;
        identity.Password.RequiredUniqueChars = 1;
        identity.Lockout.AllowedForNewUsers = true;
        identity.Lockout.MaxFailedAccessAttempts = signIn.Value.MaxFailedAttempts;
        identity.Lockout.DefaultLockoutTimeSpan = signIn.Value.LockoutDuration;
    }

    private static void ReadEnvironmentVariables(FirstAdministratorOptions admin, IConfiguration configuration)
    {
        // The documented names (SPEC 4.1) are flat environment variables; Admin:* configuration wins when both are set.
        admin.Email ??= configuration["PANORAMA_ADMIN_EMAIL"];
        admin.Password ??= configuration["PANORAMA_ADMIN_PASSWORD"];
        admin.ApiToken ??= configuration["PANORAMA_ADMIN_API_TOKEN"];
    }
}
