using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Access;
using Panorama.Core.Fields;
using Panorama.Core.Scope;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Tasks;

/// <summary><c>POST /api/boxes/{id}/tasks</c>: create a task in the primary site (rule 14), through the write-back outbox.</summary>
internal static class TaskCreationEndpoints
{
    public const string DefaultIssueType = "Task";

    public static void MapTaskCreationEndpoints(this RouteGroupBuilder boxes)
    {
        boxes.MapPost("/{id:guid}/tasks", CreateAsync).RequireBoxRole(BoxRole.Editor)
            .WithName("CreateTask").WithSummary("Create a task (in the primary site)")
            .WithDescription("Tasks are created in the primary site only (rule 14): a request naming a secondary site is refused with 400. " +
                             "The project must be in the box's scope on the primary site. The issue is created through the write-back " +
                             "outbox: the answer is 202 with the change id; the task appears in the box once Jira has created it.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    internal static async Task<Results<Accepted<CreateTaskResponse>, ProblemHttpResult>> CreateAsync(
        Guid id, CreateTaskRequest request, BoxSnapshotCache cache, HttpContext context, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await cache.GetAsync(id, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        var sites = box.Sites.Directory;
        Guid? requested = null;
        if (!string.IsNullOrWhiteSpace(request.Connection))
        {
            if (BoxConnections.Find(sites, request.Connection) is not { } named)
            {
                return BoxProblems.Refused(BoxConnections.NotConnected(request.Connection), "Unknown connection");
            }

            requested = named.ConnectionId;
        }

        var scope = BoxScope.Create(box.Settings.Scope.Select(s => s.Integration), sites);
        var site = TaskCreationRule.Check(requested, request.Project, scope.IsOk ? scope.Value : BoxScope.Empty, sites);
        if (!site.IsOk)
        {
            return BoxProblems.Refused(site.Refusal!, "Tasks are created in the primary site");
        }

        if (request is { StartDate: { } start, EndDate: { } end } && end < start)
        {
            return BoxProblems.Refused($"The task ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}). Choose an end on or after the start.");
        }

        if (BoxWriteBack.Queue(context) is not { } queue)
        {
            return BoxProblems.WriteBackUnavailable();
        }

        var edits = new List<FieldEdit>();
        if (request.StartDate is { } s)
        {
            edits.Add(new FieldEdit(BuiltInField.StartDate, ValueFormat.Date(s)));
        }

        if (request.EndDate is { } e)
        {
            edits.Add(new FieldEdit(BuiltInField.EndDate, ValueFormat.Date(e)));
        }

        var project = request.Project.Trim().ToUpperInvariant();
        var issueType = string.IsNullOrWhiteSpace(request.IssueType) ? DefaultIssueType : request.IssueType.Trim();
        var create = new CreateIssue(site.Value.ConnectionId, project, issueType, request.Summary.Trim(), edits,
            string.IsNullOrWhiteSpace(request.Parent) ? null : request.Parent.Trim(), id);
        var accepted = await queue.EnqueueAsync(
            new WriteBackRequest([create], $"Create {issueType} '{create.Summary}' in {site.Value.Name} {project} for box '{box.Box.Name}'"),
            BoxWriteBack.Actor(user),
            ct);
        if (!accepted.IsOk)
        {
            return BoxProblems.WriteBackRefused(accepted.Refusal!);
        }

        var location = BoxWriteBack.ChangeLocation(accepted.Value.Id);
        return TypedResults.Accepted(location, new CreateTaskResponse(accepted.Value.Id, accepted.Value.State.ToString().ToLowerInvariant(),
            site.Value.Name, project, location));
    }
}
