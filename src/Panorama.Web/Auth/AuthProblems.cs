using Microsoft.AspNetCore.Mvc;

namespace Panorama.Web.Auth;

/// <summary>The 401 and 403 answers of the API, as RFC 9457 problem details that say what to do.</summary>
internal static class AuthProblems
{
    public const string SignInRequired =
        "Sign in at /signin, or send 'Authorization: Bearer <API token>' (create one with POST /api/account/tokens).";

    public const string TokenRefused =
        "The API token is unknown, revoked, or its user is disabled: create a new one with POST /api/account/tokens.";

    public const string Forbidden =
        "Your account does not have the role this needs: ask an application administrator.";

    /// <summary>Paths whose callers are programs: they get 401 problem details, never a redirect to the sign-in page.</summary>
    public static bool IsProgrammaticRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") ||
        request.Path.StartsWithSegments("/metrics") ||
        request.Path.StartsWithSegments("/openapi") ||
        request.Path.StartsWithSegments("/health") ||
        request.Path.StartsWithSegments("/webhooks");

    public static Task WriteUnauthorizedAsync(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync(context, StatusCodes.Status401Unauthorized, "Not signed in", detail);
    }

    public static Task WriteForbiddenAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", Forbidden);

    private static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (!await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }))
        {
            // The client's Accept header ruled out JSON; the problem is still the most useful body to send.
            await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", context.RequestAborted);
        }
    }
}
