using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Panorama.Core.Scheduling.Files;

namespace Panorama.Web.Scheduling;

internal static class ScheduleEndpoints
{
    public static IEndpointRouteBuilder MapScheduleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/schedule", ComputeAsync)
            .WithName("ComputeSchedule")
            .WithTags("Scheduling")
            .WithSummary("Compute a schedule file")
            .WithDescription(
                "Runs the critical-path method over a schedule file (SPEC 4.5): tasks with durations in working days " +
                "and modes, FS/SS/FF/SF links with lags, a working calendar and a project start. Returns each task's " +
                "es/ef/ls/lf offsets, dates (end inclusive), total and free float and critical flag, the project " +
                "duration, the critical path and the conflicts of manual, locked or done tasks. A file that cannot " +
                "be scheduled (bad values, unknown tasks, a cycle) gets 400 with every problem in `errors`.")
            .Produces<ScheduleFileResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(DescribeRequestBodyAsync);
        return endpoints;
    }

    /// <summary>
    /// The body is read by the handler (for precise error messages), so the document is told its shape here;
    /// <c>Accepts</c> would also make routing refuse other content types with a bare 415.
    /// </summary>
    private static async Task DescribeRequestBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(typeof(ScheduleFileDocument), null, cancellationToken);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "A schedule file (SPEC 4.5).",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
    }

    /// <summary>Reads the body itself so a malformed file is answered with where and what, not a generic 400.</summary>
    internal static async Task<Results<Ok<ScheduleFileResult>, ProblemHttpResult>> ComputeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(
                title: "The schedule file must be JSON",
                detail: "Send the schedule file as the request body with Content-Type: application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var outcome = await ScheduleFile.ComputeAsync(request.Body, cancellationToken);
        if (!outcome.IsValid)
        {
            return TypedResults.Problem(
                title: "The schedule file cannot be scheduled",
                detail: $"{string.Join(" ", outcome.Errors)} Fix the file and send it again.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = outcome.Errors });
        }

        return TypedResults.Ok(outcome.Result);
    }
}
