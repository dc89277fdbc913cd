using System.Security.Claims;
using System.Text.Json;
using Panorama.Core.Access;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Sync.Tasks;
using Panorama.Web.Auth;
using Panorama.Web.Boxes.Access;

namespace Panorama.Web.Sync;

/// <summary>
/// <c>/api/tasks/{connectionId}/{issueIdOrKey}</c>: one task with its built-in and native fields, links and sync
/// state (GET), and edits of built-in fields (PATCH), which go through the write-back outbox and answer 202 with the
/// change to follow at <c>/api/changes/{id}</c>. Reading needs the viewer role, editing the editor role, in a box whose
/// scope holds the task (application administrators: always).
/// </summary>
internal static class TaskEndpoints
{
    private const string ConfirmHint = "confirm=true";

    public static IEndpointRouteBuilder MapTaskEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tasks").WithTags("Tasks");
        group.MapGet("/{connectionId:guid}/{issueIdOrKey}", GetAsync)
            .WithSummary("A task: built-in fields by their SPEC names, native fields, links, and sync state (pending writes, stale).");
        group.MapPatch("/{connectionId:guid}/{issueIdOrKey}", PatchAsync)
            .WithSummary("Edits built-in fields, e.g. {\"startDate\":\"2026-03-02\",\"endDate\":null}; answers 202 with the write-back change. " +
                "confirm=true is needed for dates outside 1990..2100 (rule 17).");
        return endpoints;
    }

    private static async Task<IResult> GetAsync(Guid connectionId, string issueIdOrKey, ClaimsPrincipal user, TaskQuery tasks, TaskAccess access,
        CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(connectionId, issueIdOrKey, cancellationToken);
        return Missing(task, connectionId, issueIdOrKey)
               ?? await RefusedAsync(access, user, task!, BoxRole.Viewer, cancellationToken)
               ?? TypedResults.Ok(task);
    }

    /// <summary>403 unless the user holds <paramref name="role"/> in a box whose scope holds the task.</summary>
    internal static async Task<IResult?> RefusedAsync(TaskAccess access, ClaimsPrincipal user, TaskView task, BoxRole role, CancellationToken cancellationToken) =>
        await access.AllowsAsync(user, task.ConnectionId, task.IssueId, role, cancellationToken)
            ? null
            : SyncEndpoints.Problem(403, "Not allowed",
                $"You need the {role.ToString().ToLowerInvariant()} role in a box that holds {task.Key}. Ask that box's admin to add you to it.");

    private static async Task<IResult> PatchAsync(Guid connectionId, string issueIdOrKey, HttpRequest request, ClaimsPrincipal user,
        TaskQuery tasks, TaskAccess access, IWriteBackQueue queue, CancellationToken cancellationToken, bool confirm = false)
    {
        var task = await tasks.FindAsync(connectionId, issueIdOrKey, cancellationToken);
        if ((Missing(task, connectionId, issueIdOrKey) ?? await RefusedAsync(access, user, task!, BoxRole.Editor, cancellationToken)) is { } refused)
        {
            return refused;
        }

        var (edits, error) = await ReadEditsAsync(request, cancellationToken);
        if (error is not null)
        {
            return SyncEndpoints.Problem(400, "Edit not understood", error);
        }

        var names = string.Join(", ", edits.Select(e => e.Field.JsonName()));
        var outcome = await queue.EnqueueAsync(
            new WriteBackRequest([new EditTaskFields(new TaskKey(connectionId, task!.IssueId), edits)], $"Edit {task.Key}: {names}", confirm),
            new WriteBackActor(user.UserId(), user.Email() ?? "unknown"), cancellationToken);
        if (!outcome.IsOk)
        {
            var confirmation = outcome.Refusal!.Contains(ConfirmHint, StringComparison.Ordinal);
            return SyncEndpoints.Problem(confirmation ? 409 : 400, confirmation ? "Confirmation needed" : "Edit refused", outcome.Refusal,
                confirmation ? new Dictionary<string, object?> { ["confirmationRequired"] = true } : null);
        }

        var change = ChangeView.From(outcome.Value);
        return TypedResults.Accepted($"/api/changes/{change.Id}", change);
    }

    private static IResult? Missing(TaskView? task, Guid connectionId, string issueIdOrKey) => task switch
    {
        null => SyncEndpoints.Problem(404, "Task not found",
            $"Connection {connectionId} has no task '{issueIdOrKey}' in Panorama. Check the connection and the issue id or key (keys change when issues move)."),
        { Sync.Deleted: true } => SyncEndpoints.Problem(404, "Task deleted", $"{task.Key} was deleted in Jira."),
        { Sync.InScope: false } => SyncEndpoints.Problem(404, "Task out of scope",
            $"{task.Key} is in no box's scope any more. Add its project (or a JQL that finds it) to a box's scope to see it again."),
        _ => null,
    };

    /// <summary>Reads <c>{"startDate": "2026-03-02", "storyPoints": 5, "endDate": null}</c> as field edits.</summary>
    private static async Task<(List<FieldEdit> Edits, string? Error)> ReadEditsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return ([], "Send a JSON object of built-in fields and their new values, e.g. {\"startDate\": \"2026-03-02\"}.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ([], "Send a JSON object of built-in fields and their new values, e.g. {\"startDate\": \"2026-03-02\"}.");
            }

            var edits = new List<FieldEdit>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!BuiltInFields.TryParse(property.Name, out var field))
                {
                    return ([], $"'{property.Name}' is not a built-in field. Use the SPEC names: " +
                        string.Join(", ", Enum.GetValues<BuiltInField>().Select(f => f.JsonName())) + ".");
                }

                edits.Add(new FieldEdit(field, property.Value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => property.Value.GetRawText(),
                }));
            }

            return edits.Count == 0 ? ([], "The edit names no field. Send at least one built-in field and its new value.") : (edits, null);
        }
    }
}
