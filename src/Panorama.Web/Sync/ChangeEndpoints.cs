using System.Security.Claims;
using Panorama.Core.Access;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Web.Auth;
using Panorama.Web.Boxes.Access;

namespace Panorama.Web.Sync;

/// <summary>
/// <c>/api/changes/{id}</c>: a write-back change set and each operation's state (pending, done, failed with Jira's
/// reason); <c>POST /api/changes/{id}/undo</c> enqueues its inverse as one change (rule 17; a wide undo or one that
/// sets a date outside 1990..2100 needs <c>confirm=true</c>). Administrators, and users with the role in the boxes holding the tasks it touches.
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

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, IWriteBackQueue queue, TaskAccess access, CancellationToken cancellationToken)
    {
        if (await queue.GetAsync(id, cancellationToken) is not { } change)
        {
            return SyncEndpoints.Problem(404, "Change not found", $"There is no change {id}. Use the id a PATCH or undo answered with.");
        }

        return await RefusedAsync(change, user, access, BoxRole.Viewer, cancellationToken) ?? TypedResults.Ok(ChangeView.From(change));
    }

    internal static async Task<IResult> UndoAsync(Guid id, ClaimsPrincipal user, IWriteBackQueue queue, TaskAccess access, CancellationToken cancellationToken,
        bool confirm = false)
    {
        if (await queue.GetAsync(id, cancellationToken) is not { } existing)
        {
            return SyncEndpoints.Problem(404, "Change not found", $"There is no change {id}. Use the id a PATCH or undo answered with.");
        }

        if (await RefusedAsync(existing, user, access, BoxRole.Editor, cancellationToken) is { } refused)
        {
            return refused;
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

    /// <summary>
    /// A change is open to application administrators, and to a user who holds <paramref name="role"/> in a box holding
    /// every task it touches; a change that touches no stored task (a task creation, a link deletion) only to its author.
    /// </summary>
    private static async Task<IResult?> RefusedAsync(WriteBackChange change, ClaimsPrincipal user, TaskAccess access, BoxRole role,
        CancellationToken cancellationToken)
    {
        if (user.IsApplicationAdministrator())
        {
            return null;
        }

        var tasks = change.Operations.SelectMany(o => o.Operation switch
        {
            EditTaskFields edit => [edit.Task],
            CreateIssueLink link => new[] { new TaskKey(link.ConnectionId, link.SourceIssueId), new TaskKey(link.ConnectionId, link.DestinationIssueId) },
            _ => [],
        }).Distinct().ToList();
        var allowed = tasks.Count > 0 || string.Equals(change.Actor, user.Email(), StringComparison.OrdinalIgnoreCase);
        foreach (var task in tasks)
        {
            allowed = allowed && await access.AllowsAsync(user, task.ConnectionId, task.IssueId, role, cancellationToken);
        }

        return allowed ? null : SyncEndpoints.Problem(403, "Not allowed",
            $"You need the {role.ToString().ToLowerInvariant()} role in the boxes that hold the tasks this change touches. Ask their admin to add you.");
    }
}
