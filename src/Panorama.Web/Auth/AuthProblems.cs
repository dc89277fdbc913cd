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

    /// <summary>A browser opening a page its role does not allow: still 403, but a page a person can read.</summary>
    public static Task WriteForbiddenPageAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>No access · Panorama</title>" +
            "<link rel=\"stylesheet\" href=\"/app.css\"></head><body><main class=\"account\"><p class=\"brand\">Panorama</p>" +
            "<h1>No access</h1><p role=\"alert\">" + Forbidden + "</p><p><a href=\"/\">Back to the start page</a></p></main></body></html>",
            context.RequestAborted);
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
