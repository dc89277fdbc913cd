using System.Security.Claims;
using Panorama.Core.WriteBack;
using Panorama.Web.Auth;

namespace Panorama.Web.Sync;

/// <summary>
/// <c>/api/changes/{id}</c>: a write-back change set and each operation's state (pending, done, failed with Jira's
/// reason); <c>POST /api/changes/{id}/undo</c> enqueues its inverse as one change (rule 17; a wide undo or one that
/// sets a date outside 1990..2100 needs <c>confirm=true</c>). Signed-in users; box-level authorisation comes with boxes.
/// </summary>
internal static class ChangeEndpoints
{
    public static IEndpointRouteBuilder MapChangeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/changes").WithTags("Changes");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("A write-back change set and the state of each operation.");
        group.MapPost("/{id:guid}/undo", UndoAsync).WithSummary("Undoes a change as one new change; answers 202 with it.");
        return endpoints;
    }

    private static async Task<IResult> GetAsync(Guid id, IWriteBackQueue queue, CancellationToken cancellationToken) =>
        await queue.GetAsync(id, cancellationToken) is { } change
            ? TypedResults.Ok(ChangeView.From(change))
            : SyncEndpoints.Problem(404, "Change not found", $"There is no change {id}. Use the id a PATCH or undo answered with.");

    internal static async Task<IResult> UndoAsync(Guid id, ClaimsPrincipal user, IWriteBackQueue queue, CancellationToken cancellationToken,
        bool confirm = false)
    {
        if (await queue.GetAsync(id, cancellationToken) is null)
        {
            return SyncEndpoints.Problem(404, "Change not found", $"There is no change {id}. Use the id a PATCH or undo answered with.");
        }

        var outcome = await queue.UndoAsync(id, new WriteBackActor(user.UserId(), user.Email() ?? "unknown"), confirm, cancellationToken);
        if (!outcome.IsOk)
        {
            var confirmation = outcome.Refusal!.Contains("confirm=true", StringComparison.Ordinal);
            return SyncEndpoints.Problem(confirmation ? 409 : 400, confirmation ? "Confirmation needed" : "Undo refused", outcome.Refusal,
                confirmation ? new Dictionary<string, object?> { ["confirmationRequired"] = true } : null);
        }

        var change = ChangeView.From(outcome.Value);
        return TypedResults.Accepted($"/api/changes/{change.Id}", change);
    }
}
