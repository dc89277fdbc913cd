using Microsoft.EntityFrameworkCore;
using Panorama.Core.WriteBack;
using Panorama.Data.Sync;

namespace Panorama.Sync.WriteBack;

public sealed partial class WriteBackQueue
{
    public async Task<WriteBackChange?> GetAsync(Guid changeId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var change = await db.WriteBackChanges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == changeId, cancellationToken);
        if (change is null)
        {
            return null;
        }

        var operations = await db.WriteBackOperations.AsNoTracking().Where(o => o.ChangeId == changeId).OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var states = operations.Select(o => new WriteBackOperationState(o.Id, WriteBackPayloads.Read(o), StateOf(o.State), o.Error,
            o.IssueKey ?? WriteBackPayloads.ReadCreated(o.ResultJson)?.IssueKey)).ToList();
        return new WriteBackChange(change.Id, change.Description, Overall(states), change.CreatedAt, change.ActorDisplay, change.UndoOf, states);
    }

    /// <summary>Pending while anything is on its way; failed when anything failed; otherwise done.</summary>
    private static WriteBackState Overall(IReadOnlyList<WriteBackOperationState> operations) =>
        operations.Any(o => o.State == WriteBackState.Pending) ? WriteBackState.Pending
        : operations.Any(o => o.State == WriteBackState.Failed) ? WriteBackState.Failed
        : WriteBackState.Done;

    private static WriteBackState StateOf(WriteBackOperationStatus state) => state switch
    {
        WriteBackOperationStatus.Done => WriteBackState.Done,
        WriteBackOperationStatus.Failed => WriteBackState.Failed,
        _ => WriteBackState.Pending,
    };
}
