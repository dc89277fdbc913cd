using Microsoft.EntityFrameworkCore;
using Panorama.Core.Fields;
using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Data.Sync;

namespace Panorama.Sync.WriteBack;

public sealed partial class WriteBackQueue
{
    /// <summary>
    /// Rule 17's undo: the inverse of every operation that took effect, as one new change set (checked like any other,
    /// so a wide undo needs confirmation too). Edits go back to the values before the change; a created link is
    /// deleted, a deleted link created again. An issue Panorama created is not deleted: that is refused with the key.
    /// </summary>
    public async Task<Outcome<WriteBackChange>> UndoAsync(Guid changeId, WriteBackActor actor, bool confirmed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var change = await db.WriteBackChanges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == changeId, cancellationToken);
        if (change is null)
        {
            return Outcome.Refused<WriteBackChange>($"There is no change {changeId}. Check the id.");
        }

        var operations = await db.WriteBackOperations.AsNoTracking().Where(o => o.ChangeId == changeId).OrderByDescending(o => o.Id)
            .ToListAsync(cancellationToken);
        if (operations.Any(o => o.State is WriteBackOperationStatus.Pending or WriteBackOperationStatus.Sending))
        {
            return Outcome.Refused<WriteBackChange>("The change is still being written to Jira. Undo it once it is done.");
        }

        if (operations.FirstOrDefault(o => o.Kind == WriteBackOperationKind.CreateIssue && o.State == WriteBackOperationStatus.Done) is { } created)
        {
            var key = WriteBackPayloads.ReadCreated(created.ResultJson)?.IssueKey ?? "the new issue";
            return Outcome.Refused<WriteBackChange>($"The change created {key} in Jira, which undo does not delete. Delete {key} in Jira if it is not wanted.");
        }

        var inverse = operations.Where(o => o.State == WriteBackOperationStatus.Done).Select(Inverse).OfType<WriteBackOperation>().ToList();
        if (inverse.Count == 0)
        {
            return Outcome.Refused<WriteBackChange>("Nothing of this change took effect (every operation failed), so there is nothing to undo.");
        }

        return await EnqueueAsync(new WriteBackRequest(inverse, $"Undo: {change.Description}", confirmed), actor, changeId, cancellationToken);
    }

    private static WriteBackOperation? Inverse(WriteBackOperationRecord operation)
    {
        switch (operation.Kind)
        {
            case WriteBackOperationKind.EditFields:
                var edits = WriteBackPayloads.ReadValues(operation.OldValuesJson)
                    .Select(v => BuiltInFields.TryParse(v.Key, out var field) ? new FieldEdit(field, v.Value) : null)
                    .OfType<FieldEdit>().ToList();
                return edits.Count == 0 ? null : new EditTaskFields(new TaskKey(operation.ConnectionId, operation.IssueId ?? 0), edits);
            case WriteBackOperationKind.CreateLink:
                return WriteBackPayloads.ReadLink(operation.ResultJson ?? operation.PayloadJson) is { LinkId: { } linkId }
                    ? new DeleteIssueLink(operation.ConnectionId, linkId)
                    : null;
            case WriteBackOperationKind.DeleteLink:
                var link = WriteBackPayloads.ReadLink(operation.OldValuesJson ?? operation.PayloadJson);
                return link is { LinkTypeId: { } type, SourceIssueId: { } source, DestinationIssueId: { } destination }
                    ? new CreateIssueLink(operation.ConnectionId, type, source, destination)
                    : null;
            default:
                return null;
        }
    }
}
