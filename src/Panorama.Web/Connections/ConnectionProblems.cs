using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Connections;
using Panorama.Sync.Connections.Administration;

namespace Panorama.Web.Connections;

/// <summary>The error answers of <c>/api/connections</c>, as problem details whose <c>detail</c> says what to do.</summary>
internal static class ConnectionProblems
{
    public static ProblemHttpResult NotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Connection not found",
        detail: "No connection has this id: list the connections with GET /api/connections.");

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: "Connection conflict", detail: detail);

    public static ValidationProblem Invalid(ConnectionChange change) => TypedResults.ValidationProblem(
        change.Errors!.ToDictionary(e => e.Key, e => e.Value),
        detail: change.Detail,
        title: "The connection request is not valid");

    /// <summary>Jira could not be read: 502, with what to fix.</summary>
    public static ProblemHttpResult JiraFailed(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status502BadGateway, title: "Jira did not answer as needed", detail: detail);

    /// <summary>A refused mapping: 400 listing every broken rule with its code and message.</summary>
    public static ProblemHttpResult MappingRefused(IReadOnlyList<MappingError> errors) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The mapping breaks the mapping rules",
        detail: string.Join(" ", errors.Select(e => e.Message)),
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = Errors(errors),
        });

    internal static List<MappingErrorResponse> Errors(IReadOnlyList<MappingError> errors) =>
        [.. errors.Select(e => new MappingErrorResponse(e.Code, e.Message, e.Field is { } f ? Core.Fields.BuiltInFields.JsonName(f) : null, e.LinkTypeId))];
}

/// <summary>One broken mapping rule: a stable <c>code</c>, a <c>message</c> that says what to change, and what it is about.</summary>
public sealed record MappingErrorResponse(string Code, string Message, string? Field, string? LinkTypeId);
