using Microsoft.EntityFrameworkCore;
using Panorama.Core.Outcomes;
using Panorama.Core.Scheduling.ChangeSets;
using Panorama.Core.WriteBack;
using Panorama.Data;
using Panorama.Data.Sync;
using Panorama.Sync.Store;
using Panorama.Sync.Workers;

namespace Panorama.Sync.WriteBack;

/// <summary>
/// The durable outbox behind <see cref="IWriteBackQueue"/>. A change set is checked as a whole (rule 17's
/// confirmation, mappings, rule 14), stored with its operations in one transaction before the caller gets its id,
/// shown at once in the task store (Panorama-only fields for good, Jira fields until Jira's answer replaces them), and
/// sent by the outbox loop of each connection.
/// </summary>
public sealed partial class WriteBackQueue(
    IDbContextFactory<PanoramaDbContext> contexts,
    WriteBackPlanner planner,
    TaskStore store,
    SyncSignals signals,
    TimeProvider time) : IWriteBackQueue
{
    public async Task<Outcome<WriteBackChange>> EnqueueAsync(WriteBackRequest request, WriteBackActor actor, CancellationToken cancellationToken) =>
        await EnqueueAsync(request, actor, undoOf: null, cancellationToken);

    private async Task<Outcome<WriteBackChange>> EnqueueAsync(WriteBackRequest request, WriteBackActor actor, Guid? undoOf,
        CancellationToken cancellationToken)
    {
        if (request.Operations.Count == 0)
        {
            return Outcome.Refused<WriteBackChange>("The change has no operation. Add at least one edit, link or new task.");
        }

        var changeId = Guid.NewGuid();
        var now = time.GetUtcNow();
        var planned = new List<PlannedOperation>(request.Operations.Count);
        foreach (var operation in request.Operations)
        {
            var plan = await planner.PlanAsync(changeId, operation, now, cancellationToken);
            if (!plan.IsOk)
            {
                return Outcome.Refused<WriteBackChange>(plan.Refusal!);
            }

            planned.Add(plan.Value);
        }

        if (!request.Confirmed && Confirmation(planned) is { } reason)
        {
            return Outcome.Refused<WriteBackChange>(reason);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.WriteBackChanges.Add(new WriteBackChangeRecord
            {
                Id = changeId,
                Description = request.Description.Length > 500 ? request.Description[..500] : request.Description,
                CreatedAt = now,
                ActorUserId = actor.UserId,
                ActorDisplay = actor.Display,
                UndoOf = undoOf,
                Confirmed = request.Confirmed,
            });
            db.WriteBackOperations.AddRange(planned.Select(p => p.Record));
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var plan in planned.Where(p => p.ShownValues.Count > 0))
        {
            var edit = (EditTaskFields)plan.Operation;
            await store.SetValuesAsync(edit.Task.ConnectionId, edit.Task.IssueId, plan.ShownValues, plan.SendsToJira, cancellationToken);
        }

        foreach (var connectionId in planned.Where(p => p.SendsToJira).Select(p => p.Operation.ConnectionId).Distinct())
        {
            signals.Wake(connectionId, SyncLoop.Outbox);
        }

        return (await GetAsync(changeId, cancellationToken))!;
    }

    /// <summary>Rule 17: more than 100 tasks at once, or a date outside 1990..2100, needs <c>confirm</c>.</summary>
    private static string? Confirmation(IReadOnlyList<PlannedOperation> planned)
    {
        var reasons = new List<string>();
        var tasks = planned.SelectMany(p => p.TouchedIssues.Select(id => (p.Operation.ConnectionId, id))).Distinct().Count();
        if (tasks > ChangeSetRules.MaxTasksWithoutConfirmation)
        {
            reasons.Add($"This change touches {tasks} tasks; more than {ChangeSetRules.MaxTasksWithoutConfirmation} at once needs confirmation.");
        }

        var dates = planned.SelectMany(p => p.DatesOutOfRange).ToList();
        if (dates.Count > 0)
        {
            reasons.Add($"It sets {string.Join(", ", dates.Take(5))}{(dates.Count > 5 ? $" and {dates.Count - 5} more" : "")}: outside " +
                $"{ChangeSetRules.EarliestDate:yyyy-MM-dd} .. {ChangeSetRules.LatestDate:yyyy-MM-dd}, which needs confirmation.");
        }

        return reasons.Count == 0 ? null : string.Join(" ", reasons) + " Send it again with confirm=true if it is meant.";
    }
}
