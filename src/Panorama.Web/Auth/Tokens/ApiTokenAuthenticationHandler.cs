using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Panorama.Web.Auth.Tokens;

/// <summary>
/// <c>Authorization: Bearer &lt;API token&gt;</c>. The token is looked up by its hash on every request, so a revoked
/// token or a disabled user is refused at once on every node. Failures answer 401 problem details.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The claim naming which API token authenticated the request.</summary>
    public const string TokenIdClaim = "panorama:token_id";

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryReadBearer(Request, out var secret))
        {
            return AuthenticateResult.NoResult();
        }

        var match = secret.Length == 0 ? null : await tokens.AuthenticateAsync(secret, Context.RequestAborted);
        if (match is null)
        {
            // The message is logged by the framework: it must never contain the token.
            return AuthenticateResult.Fail("API token refused.");
        }

        var principal = PanoramaClaims.Create(match.User, match.IsAdministrator, Scheme.Name, new Claim(TokenIdClaim, match.TokenId.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await AuthProblems.WriteUnauthorizedAsync(Context, result.Failure is null ? AuthProblems.SignInRequired : AuthProblems.TokenRefused);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AuthProblems.WriteForbiddenAsync(Context);

    /// <summary>Whether the request carries a bearer token (it then never falls back to the cookie).</summary>
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    private static bool TryReadBearer(HttpRequest request, out string secret)
    {
        var header = request.Headers.Authorization.ToString();
        secret = header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : string.Empty;
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);
    }
}
