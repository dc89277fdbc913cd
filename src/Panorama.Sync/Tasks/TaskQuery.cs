using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Data;
using Panorama.Data.Sync;
using Panorama.Data.Tasks;
using Panorama.Sync.Connections;
using Panorama.Sync.WriteBack;

namespace Panorama.Sync.Tasks;

/// <summary>Reads one task for the task API, by issue id or key (keys change when issues move; ids never do).</summary>
public sealed class TaskQuery(IDbContextFactory<PanoramaDbContext> contexts, SyncConnectionCatalog catalog)
{
    public async Task<TaskView?> FindAsync(Guid connectionId, string issueIdOrKey, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(connectionId, cancellationToken) is not { } connection)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tasks = db.Tasks.AsNoTracking().Where(t => t.ConnectionId == connectionId);
        var key = issueIdOrKey.Trim().ToUpperInvariant();
        var task = long.TryParse(issueIdOrKey, NumberStyles.None, CultureInfo.InvariantCulture, out var issueId)
            ? await tasks.SingleOrDefaultAsync(t => t.IssueId == issueId, cancellationToken)
            : await tasks.Where(t => t.IssueKey == key).OrderBy(t => t.DeletedAt != null)
                .FirstOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return null;
        }

        var links = await db.TaskLinks.AsNoTracking()
            .Where(l => l.ConnectionId == connectionId && (l.SourceIssueId == task.IssueId || l.DestinationIssueId == task.IssueId))
            .OrderBy(l => l.LinkId).ToListAsync(cancellationToken);
        var others = links.Select(l => l.SourceIssueId == task.IssueId ? l.DestinationIssueId : l.SourceIssueId).Distinct().ToList();
        var keys = await tasks.Where(t => others.Contains(t.IssueId)).Select(t => new { t.IssueId, t.IssueKey })
            .ToDictionaryAsync(t => t.IssueId, t => t.IssueKey, cancellationToken);
        var pending = await db.WriteBackOperations.AsNoTracking()
            .Where(o => o.ConnectionId == connectionId && o.IssueId == task.IssueId
                && (o.State == WriteBackOperationStatus.Pending || o.State == WriteBackOperationStatus.Sending))
            .OrderBy(o => o.Id).ToListAsync(cancellationToken);

        var plan = task.ToPlanTask(new SharedRefs());
        var sites = new SiteDirectory([new SiteRef(connection.Id, connection.Name, connection.Role == Core.Connections.ConnectionRole.Primary)]);
        var fields = Enum.GetValues<BuiltInField>().ToDictionary(f => f.JsonName(), f => TaskFieldValues.BuiltIn(plan, f, sites));
        using var native = JsonDocument.Parse(task.FieldsJson);
        return new TaskView(
            connection.Id,
            connection.Name,
            task.IssueId,
            task.IssueKey,
            fields,
            native.RootElement.Clone(),
            [.. links.Select(l => Link(task.IssueId, l, keys, connection))],
            new TaskSyncView(task.Updated, task.SyncedAt, task.ChangeVersion, !connection.IsValid, connection.IsValid ? null : connection.StatusReason,
                task.DeletedAt is not null, task.OutOfScopeAt is null, [.. pending.Select(Pending)]));
    }

    private static TaskLinkView Link(long issueId, TaskLinkRecord link, Dictionary<long, string> keys, SyncConnection connection)
    {
        var outward = link.SourceIssueId == issueId;
        var other = outward ? link.DestinationIssueId : link.SourceIssueId;
        var dependency = DependencyRoute.FromLink(link.ToTaskLink(), connection.DependencyRules) is { } d
            ? new DependencyView(d.Predecessor.IssueId, d.Successor.IssueId, d.Type.ToString(), d.Strength.ToString().ToLowerInvariant())
            : null;
        return new TaskLinkView(link.LinkId, link.LinkTypeId, outward ? "outward" : "inward", other, keys.GetValueOrDefault(other), dependency);
    }

    private static PendingWriteView Pending(WriteBackOperationRecord operation)
    {
        var values = WriteBackPayloads.Read(operation) is EditTaskFields edit
            ? edit.Edits.ToDictionary(e => e.Field.JsonName(), e => e.Value)
            : new Dictionary<string, string?>();
        return new PendingWriteView(operation.ChangeId, operation.Id, operation.Kind.ToString(), operation.State.ToString(), values,
            operation.Error, operation.NextAttemptAt);
    }
}
