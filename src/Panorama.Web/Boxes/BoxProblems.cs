using Microsoft.AspNetCore.Http.HttpResults;

namespace Panorama.Web.Boxes;

/// <summary>The problem answers of the boxes API; each <c>detail</c> says what to do.</summary>
internal static class BoxProblems
{
    public static ProblemHttpResult BoxNotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Box not found", detail: "No box has this id: list boxes with GET /api/boxes.");

    /// <summary>A domain rule refused the request; its message says why and what to do.</summary>
    public static ProblemHttpResult Refused(string detail, string title = "The request was refused") =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    public static ProblemHttpResult Conflict(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static ProblemHttpResult ChangedMeanwhile() => Conflict(
        "The box changed meanwhile",
        "Someone changed this box while you were editing it: reload it and apply your change again.");

    public static ProblemHttpResult WriteBackUnavailable() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Write-back is not available",
        detail: "Changes to Jira go through the sync engine's write-back outbox, which is not running on this server. " +
                "Start Panorama with the sync engine enabled and try again.");

    /// <summary>The write-back outbox refused the change set (a read-only field, a confirmation it needs...).</summary>
    public static ProblemHttpResult WriteBackRefused(string detail) => Conflict("The change was refused", detail);
}
