using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Data.Tasks;
using Panorama.Web.Auth;

namespace Panorama.Web.Boxes.Dependencies;

/// <summary>
/// <c>/api/dependencies</c> (SPEC 3.3): within one site, with a synced link type mapped for the dependency's type
/// and strength, a dependency is a Jira issue link (created and deleted through the write-back outbox); otherwise
/// (two sites, a lag, or no mapped type) it is app-only. A strong dependency that would close a cycle is refused
/// with the cycle named. Editors of the box the two tasks are in may create and delete.
/// </summary>
internal static class DependenciesEndpoints
{
    public static void MapDependenciesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var dependencies = endpoints.MapGroup("/api/dependencies").WithTags("Boxes");
        dependencies.MapPost("/", CreateAsync)
            .WithName("CreateDependency").WithSummary("Create a dependency (synced Jira link or app-only)")
            .WithDescription("Needs the editor role on boxId, which must hold both tasks. Same site and a synced link type mapped for the " +
                             "type and strength (and no lag: Jira links carry none): a Jira link is created through the write-back outbox " +
                             "(202 with the change id). Otherwise the dependency is app-only (201). A strong dependency that would close a " +
                             "cycle is refused with 409 naming the cycle.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        dependencies.MapDelete("/{dependencyId}", DeleteAsync)
            .WithName("DeleteDependency").WithSummary("Delete a dependency")
            .WithDescription("dependencyId as the Gantt gives it: link:<connection>:<link id> (the Jira link is deleted through the " +
                             "write-back outbox: 202) or app:<id> (deleted at once: 204). Needs the editor role on boxId.");
    }

    internal static async Task<Results<Created<DependencyResponse>, Accepted<DependencyResponse>, ProblemHttpResult>> CreateAsync(
        CreateDependencyRequest request, PanoramaDbContext db, BoxSnapshotCache cache, HttpContext context, ClaimsPrincipal user,
        IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        if (request.BoxId == Guid.Empty)
        {
            return BoxProblems.Refused("Name the box the two tasks are in with 'boxId'.");
        }

        if (await BoxAuthorization.CheckAsync(context, request.BoxId, BoxRole.Editor) is { } denied)
        {
            return denied;
        }

        if (!DependencyRequests.TryParseType(request.Type, out var type) || !DependencyRequests.TryParseStrength(request.Strength, out var strength))
        {
            return BoxProblems.Refused("type is FS, SS, FF or SF (default FS); strength is strong or soft (default strong).");
        }

        if (await cache.GetAsync(request.BoxId, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        if (box.FindTask(request.Predecessor) is not { } predecessor)
        {
            return BoxProblems.NotFound("Task not found", BoxTaskIds.Unknown(request.Predecessor));
        }

        if (box.FindTask(request.Successor) is not { } successor)
        {
            return BoxProblems.NotFound("Task not found", BoxTaskIds.Unknown(request.Successor));
        }

        var dependency = Dependency.AppOnly(predecessor.Key, successor.Key, type, request.Lag, strength);
        if (!dependency.IsOk)
        {
            return BoxProblems.Refused(dependency.Refusal!);
        }

        if (box.Dependencies.Any(d => d.Dependency.Predecessor == predecessor.Key && d.Dependency.Successor == successor.Key && d.Dependency.Type == type))
        {
            return BoxProblems.Conflict("Dependency exists",
                $"{Name(predecessor, box)} -> {Name(successor, box)} ({type}) already exists: change or delete that one instead.");
        }

        if (strength == DependencyStrength.Strong && Cycle(box, predecessor.Key, successor.Key) is { } cycle)
        {
            return BoxProblems.Conflict("The dependency would close a cycle", cycle);
        }

        var route = request.Lag == 0
            ? DependencyRoute.Choose(predecessor.Key, successor.Key, type, strength, box.Sites.RulesFor(predecessor.ConnectionId))
            : new DependencyRoute(DependencyOrigin.AppOnly, null);
        return route.Origin == DependencyOrigin.Synced
            ? await CreateSyncedAsync(route, dependency.Value, box, context, user, ct)
            : await CreateAppOnlyAsync(dependency.Value, db, user, audit, time, ct);
    }

    private static async Task<Results<Created<DependencyResponse>, Accepted<DependencyResponse>, ProblemHttpResult>> CreateSyncedAsync(
        DependencyRoute route, Dependency dependency, LoadedBox box, HttpContext context, ClaimsPrincipal user, CancellationToken ct)
    {
        if (BoxWriteBack.Queue(context) is not { } queue)
        {
            return BoxProblems.WriteBackUnavailable();
        }

        var rule = route.Rule!;
        var link = new CreateIssueLink(rule.ConnectionId, rule.LinkTypeId, route.LinkFrom!.Value.IssueId, route.LinkTo!.Value.IssueId);
        var description = $"Link {Name(box.Tasks.Find(dependency.Predecessor)!, box)} -> {Name(box.Tasks.Find(dependency.Successor)!, box)} " +
                          $"({dependency.Type}, link type {rule.LinkTypeId})";
        var accepted = await queue.EnqueueAsync(new WriteBackRequest([link], description), BoxWriteBack.Actor(user), ct);
        if (!accepted.IsOk)
        {
            return BoxProblems.WriteBackRefused(accepted.Refusal!);
        }

        return TypedResults.Accepted(BoxWriteBack.ChangeLocation(accepted.Value.Id),
            ToResponse(null, dependency, "synced", rule.LinkTypeId, accepted.Value.Id));
    }

    private static async Task<Results<Created<DependencyResponse>, Accepted<DependencyResponse>, ProblemHttpResult>> CreateAppOnlyAsync(
        Dependency dependency, PanoramaDbContext db, ClaimsPrincipal user, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var record = new AppDependencyRecord
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            PredecessorConnectionId = dependency.Predecessor.ConnectionId,
            PredecessorIssueId = dependency.Predecessor.IssueId,
            SuccessorConnectionId = dependency.Successor.ConnectionId,
            SuccessorIssueId = dependency.Successor.IssueId,
            Type = dependency.Type,
            LagDays = dependency.LagDays,
            Strength = dependency.Strength,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.UserId(),
            ChangeVersion = (await db.AppDependencies.MaxAsync(d => (long?)d.ChangeVersion, ct) ?? 0) + 1,
        };
        db.AppDependencies.Add(record);
        await db.SaveChangesAsync(ct);
        var id = BoxDependency.AppOnlyId(record.Id);
        await audit.RecordAsync(new AuditEvent(BoxAudit.DependencyCreated)
        {
            Actor = user.ToAuditActor(),
            TargetType = "dependency",
            TargetId = id,
            Data = new Dictionary<string, string?>
            {
                ["predecessor"] = BoxTaskIds.Of(dependency.Predecessor),
                ["successor"] = BoxTaskIds.Of(dependency.Successor),
                ["type"] = dependency.Type.ToString(),
                ["lag"] = dependency.LagDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["strength"] = DependencyRequests.StrengthName(dependency.Strength),
            },
        }, ct);
        return TypedResults.Created($"/api/dependencies/{id}", ToResponse(id, dependency, "appOnly", null, null));
    }

    private static async Task<Results<NoContent, Accepted<DependencyResponse>, ProblemHttpResult>> DeleteAsync(
        string dependencyId, Guid boxId, PanoramaDbContext db, BoxSnapshotCache cache, HttpContext context, ClaimsPrincipal user,
        IAuditLog audit, CancellationToken ct)
    {
        if (await BoxAuthorization.CheckAsync(context, boxId, BoxRole.Editor) is { } denied)
        {
            return denied;
        }

        if (await cache.GetAsync(boxId, ct) is not { } box)
        {
            return BoxProblems.BoxNotFound();
        }

        var found = box.Dependencies.FirstOrDefault(d => string.Equals(d.Id, dependencyId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            return BoxProblems.NotFound("Dependency not found",
                $"Box '{box.Box.Name}' has no dependency '{dependencyId}': the Gantt (GET /api/boxes/{boxId}/gantt) lists them with their ids.");
        }

        var dependency = found.Dependency;
        if (dependency.Origin == DependencyOrigin.Synced)
        {
            var rule = box.Sites.RulesFor(dependency.Predecessor.ConnectionId).FirstOrDefault(r => r.LinkTypeId == found.LinkTypeId);
            if (rule is { Synced: false })
            {
                return BoxProblems.Conflict("The link type is read-only",
                    $"Link type {found.LinkTypeId} is mapped as read-only on '{box.Sites.Directory.NameOf(dependency.Predecessor.ConnectionId)}': " +
                    "delete the link in Jira, or make the mapping synced in App Configuration.");
            }

            if (BoxWriteBack.Queue(context) is not { } queue)
            {
                return BoxProblems.WriteBackUnavailable();
            }

            var accepted = await queue.EnqueueAsync(
                new WriteBackRequest([new DeleteIssueLink(dependency.Predecessor.ConnectionId, dependency.LinkId!.Value)],
                    $"Unlink {Name(dependency.Predecessor, box)} -> {Name(dependency.Successor, box)} ({dependency.Type})"),
                BoxWriteBack.Actor(user),
                ct);
            return accepted.IsOk
                ? TypedResults.Accepted(BoxWriteBack.ChangeLocation(accepted.Value.Id), ToResponse(found.Id, dependency, "synced", found.LinkTypeId, accepted.Value.Id))
                : BoxProblems.WriteBackRefused(accepted.Refusal!);
        }

        var rowId = Guid.Parse(found.Id.AsSpan("app:".Length));
        var deleted = await db.AppDependencies.Where(d => d.Id == rowId).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            await audit.RecordAsync(new AuditEvent(BoxAudit.DependencyDeleted) { Actor = user.ToAuditActor(), TargetType = "dependency", TargetId = found.Id }, ct);
        }

        return TypedResults.NoContent();
    }

    /// <summary>The cycle the new strong dependency would close, named; null when there is none.</summary>
    private static string? Cycle(LoadedBox box, TaskKey predecessor, TaskKey successor)
    {
        var links = box.Dependencies.Select(d => d.Dependency).Where(d => d.Strength == DependencyStrength.Strong)
            .Select(d => new ScheduleLink<TaskKey>(d.Predecessor, d.Successor))
            .Append(new ScheduleLink<TaskKey>(predecessor, successor))
            .ToList();
        var tasks = links.SelectMany(l => new[] { l.From, l.To }).Distinct().Select(k => new ScheduleTask<TaskKey>(k, 1));
        if (ScheduleNetwork.TryCreate(tasks, links, out _, out var problems))
        {
            return null;
        }

        var cycle = problems.FirstOrDefault(p => p.Kind == ScheduleProblemKind.Cycle);
        return cycle is null
            ? null
            : $"The new dependency would close a cycle of strong dependencies: {BoxSchedule.CyclePath(cycle.Tasks.Select(k => box.Tasks.Find(k)!), box.Sites.Directory)}. " +
              "Make it soft, or remove one of the others first.";
    }

    private static string Name(PlanTask task, LoadedBox box) => Gantt.GanttConflicts.Name(task.Key, box);

    private static string Name(TaskKey key, LoadedBox box) => Gantt.GanttConflicts.Name(key, box);

    private static DependencyResponse ToResponse(string? id, Dependency dependency, string origin, string? linkType, Guid? changeId) => new(
        id,
        origin,
        BoxTaskIds.Of(dependency.Predecessor),
        BoxTaskIds.Of(dependency.Successor),
        dependency.Type.ToString(),
        dependency.LagDays,
        DependencyRequests.StrengthName(dependency.Strength),
        linkType,
        changeId);
}
