using Microsoft.EntityFrameworkCore;
using Panorama.Core.Connections;
using Panorama.Core.Fields;
using Panorama.Core.Outcomes;
using Panorama.Core.WriteBack;
using Panorama.Data;
using Panorama.Data.Sync;
using Panorama.Data.Tasks;
using Panorama.Sync.Connections;

namespace Panorama.Sync.WriteBack;

/// <summary>
/// Checks each operation of a change set against the connection and the store before anything is stored, and
/// works out the old values (for undo and the audit log). A refusal says what to do instead.
/// </summary>
public sealed class WriteBackPlanner(IDbContextFactory<PanoramaDbContext> contexts, SyncConnectionCatalog catalog)
{
    internal async Task<Outcome<PlannedOperation>> PlanAsync(Guid changeId, WriteBackOperation operation, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(operation.ConnectionId, cancellationToken) is not { } connection)
        {
            return Outcome.Refused<PlannedOperation>($"Connection {operation.ConnectionId} does not exist. Choose a task of a connected site.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return operation switch
        {
            EditTaskFields edit => await PlanEditAsync(db, connection, changeId, edit, now, cancellationToken),
            CreateIssue create => PlanCreate(connection, changeId, create, now),
            CreateIssueLink link => await PlanLinkAsync(db, connection, changeId, link, now, cancellationToken),
            DeleteIssueLink unlink => await PlanUnlinkAsync(db, connection, changeId, unlink, now, cancellationToken),
            _ => Outcome.Refused<PlannedOperation>($"Panorama cannot write a {operation.GetType().Name} to Jira."),
        };
    }

    private static async Task<Outcome<PlannedOperation>> PlanEditAsync(PanoramaDbContext db, SyncConnection connection, Guid changeId,
        EditTaskFields edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking()
            .SingleOrDefaultAsync(t => t.ConnectionId == edit.Task.ConnectionId && t.IssueId == edit.Task.IssueId, cancellationToken);
        if (task is null || task.DeletedAt is not null)
        {
            return Outcome.Refused<PlannedOperation>(
                $"Task {edit.Task.IssueId} of {connection.Name} {(task is null ? "is not in Panorama" : "was deleted in Jira")}. Reload and choose another task.");
        }

        if (edit.Edits.Count == 0)
        {
            return Outcome.Refused<PlannedOperation>("The change edits no field. Name at least one field and its new value.");
        }

        var (edits, refusal) = FieldWrites.Check(connection, edit.Edits);
        if (refusal is not null)
        {
            return Outcome.Refused<PlannedOperation>(refusal);
        }

        var old = edits.ToDictionary(e => e.Field.JsonName(), e => Text(task, e.Field));
        var record = Record(changeId, connection, WriteBackOperationKind.EditFields, edit, task.IssueId, task.IssueKey, now);
        record.OldValuesJson = WriteBackPayloads.WriteValues(old);
        var remote = edits.Any(e => e.JiraFieldId is not null);
        record.State = remote ? WriteBackOperationStatus.Pending : WriteBackOperationStatus.Done;
        record.CompletedAt = remote ? null : now;
        return new PlannedOperation(edit, record, edits.ToDictionary(e => e.Field, e => e.Value), remote, [task.IssueId],
            [.. FieldWrites.DatesOutOfRange(edits)]);
    }

    private static Outcome<PlannedOperation> PlanCreate(SyncConnection connection, Guid changeId, CreateIssue create, DateTimeOffset now)
    {
        if (connection.Role != ConnectionRole.Primary)
        {
            return Outcome.Refused<PlannedOperation>(
                $"Tasks are created in the primary site only: '{connection.Name}' is a secondary site. Create the task in the primary site.");
        }

        if (string.IsNullOrWhiteSpace(create.ProjectKey) || string.IsNullOrWhiteSpace(create.IssueTypeName) || string.IsNullOrWhiteSpace(create.Summary))
        {
            return Outcome.Refused<PlannedOperation>("A new task needs a project, an issue type and a summary.");
        }

        var (edits, refusal) = FieldWrites.Check(connection, create.Edits);
        if (refusal is not null)
        {
            return Outcome.Refused<PlannedOperation>(refusal);
        }

        if (edits.FirstOrDefault(e => e.JiraFieldId is null) is { } local)
        {
            return Outcome.Refused<PlannedOperation>(
                $"{FieldWrites.Name(local.Field)} is kept in Panorama only; set it on the task once Jira has created it.");
        }

        var record = Record(changeId, connection, WriteBackOperationKind.CreateIssue, create, null, null, now);
        return new PlannedOperation(create, record, new Dictionary<BuiltInField, object?>(), true, [], [.. FieldWrites.DatesOutOfRange(edits)]);
    }

    private static async Task<Outcome<PlannedOperation>> PlanLinkAsync(PanoramaDbContext db, SyncConnection connection, Guid changeId,
        CreateIssueLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (connection.DependencyMapping.For(link.LinkTypeId) is not { Synced: true })
        {
            return Outcome.Refused<PlannedOperation>(
                $"Link type {link.LinkTypeId} is not a synced dependency type on {connection.Name}. Map it in App Configuration > Dependency mapping, or create an app-only dependency.");
        }

        if (link.SourceIssueId == link.DestinationIssueId)
        {
            return Outcome.Refused<PlannedOperation>("A task cannot depend on itself. Choose two different tasks.");
        }

        var found = await db.Tasks.AsNoTracking()
            .Where(t => t.ConnectionId == connection.Id && (t.IssueId == link.SourceIssueId || t.IssueId == link.DestinationIssueId) && t.DeletedAt == null)
            .Select(t => new { t.IssueId, t.IssueKey }).ToListAsync(cancellationToken);
        if (found.Count != 2)
        {
            return Outcome.Refused<PlannedOperation>($"Both tasks must be live tasks of {connection.Name}. Reload and choose them again.");
        }

        var source = found.Single(t => t.IssueId == link.SourceIssueId);
        var record = Record(changeId, connection, WriteBackOperationKind.CreateLink, link, source.IssueId, source.IssueKey, now);
        return new PlannedOperation(link, record, new Dictionary<BuiltInField, object?>(), true, [link.SourceIssueId, link.DestinationIssueId], []);
    }

    private static async Task<Outcome<PlannedOperation>> PlanUnlinkAsync(PanoramaDbContext db, SyncConnection connection, Guid changeId,
        DeleteIssueLink unlink, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var link = await db.TaskLinks.AsNoTracking().SingleOrDefaultAsync(l => l.ConnectionId == connection.Id && l.LinkId == unlink.LinkId, cancellationToken);
        if (link is null)
        {
            return Outcome.Refused<PlannedOperation>($"Link {unlink.LinkId} does not exist on {connection.Name} (it may be deleted already). Reload the dependencies.");
        }

        var key = await db.Tasks.AsNoTracking().Where(t => t.ConnectionId == connection.Id && t.IssueId == link.SourceIssueId)
            .Select(t => t.IssueKey).SingleOrDefaultAsync(cancellationToken);
        var record = Record(changeId, connection, WriteBackOperationKind.DeleteLink, unlink, link.SourceIssueId, key, now);
        record.OldValuesJson = WriteBackPayloads.WriteLink(new LinkPayload(link.LinkId, link.LinkTypeId, link.SourceIssueId, link.DestinationIssueId));
        return new PlannedOperation(unlink, record, new Dictionary<BuiltInField, object?>(), true, [link.SourceIssueId, link.DestinationIssueId], []);
    }

    private static WriteBackOperationRecord Record(Guid changeId, SyncConnection connection, WriteBackOperationKind kind,
        WriteBackOperation operation, long? issueId, string? issueKey, DateTimeOffset now) => new()
        {
            ChangeId = changeId,
            ConnectionId = connection.Id,
            IssueId = issueId,
            IssueKey = issueKey,
            Kind = kind,
            PayloadJson = WriteBackPayloads.Write(operation),
            State = WriteBackOperationStatus.Pending,
            NextAttemptAt = now,
        };

    /// <summary>A stored value in the canonical text of <see cref="FieldEdit"/>.</summary>
    public static string? Text(TaskRecord task, BuiltInField field) => field switch
    {
        BuiltInField.StartDate => ValueFormat.Date(task.StartDate),
        BuiltInField.EndDate => ValueFormat.Date(task.EndDate),
        BuiltInField.BaselineStart => ValueFormat.Date(task.BaselineStart),
        BuiltInField.BaselineEnd => ValueFormat.Date(task.BaselineEnd),
        BuiltInField.OriginalEstimate => task.OriginalEstimate?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BuiltInField.RemainingEstimate => task.RemainingEstimate?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BuiltInField.StoryPoints => task.StoryPoints?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        BuiltInField.Progress => task.Progress?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        BuiltInField.Summary => task.Summary,
        _ => null,
    };
}
