using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Fields;
using Panorama.Core.WriteBack;
using Panorama.Data.Audit;
using Panorama.Data.Sync;
using Panorama.Jira.Errors;
using Panorama.Sync.Connections;
using Panorama.Sync.Store;

namespace Panorama.Sync.WriteBack;

public sealed partial class OperationSender
{
    /// <summary>What a sent operation leaves behind: the row's result and the field changes for the audit log.</summary>
    private sealed record Sent(string? Result, IReadOnlyList<AuditFieldChange> Changes);

    private async Task<Sent> SendOperationAsync(SyncConnection connection, WriteBackOperationRecord operation, CancellationToken cancellationToken) =>
        WriteBackPayloads.Read(operation) switch
        {
            EditTaskFields edit => await EditAsync(connection, operation, edit, cancellationToken),
            CreateIssue create => await CreateAsync(connection, operation, create, cancellationToken),
            CreateIssueLink link => await LinkAsync(connection, operation, link, cancellationToken),
            DeleteIssueLink unlink => await UnlinkAsync(connection, operation, unlink, cancellationToken),
            var other => throw new InvalidOperationException($"Unknown operation {other.GetType().Name}."),
        };

    private async Task<Sent> EditAsync(SyncConnection connection, WriteBackOperationRecord operation, EditTaskFields edit, CancellationToken cancellationToken)
    {
        // The mapping is read again: it may have changed since the change was accepted.
        var (edits, refusal) = FieldWrites.Check(connection, edit.Edits);
        if (refusal is not null)
        {
            throw new JiraException(JiraErrorKind.BadRequest, refusal);
        }

        var remote = edits.Where(e => e.JiraFieldId is not null).ToList();
        if (remote.Count > 0)
        {
            var context = new JiraWriteContext
            {
                ProjectKey = await ProjectKeyAsync(connection.Id, operation.IssueId, cancellationToken),
                FieldNames = FieldWrites.FieldNames(remote),
            };
            var issue = edit.Task.IssueId.ToString(CultureInfo.InvariantCulture);
            await jira.Create(connection.Site).EditIssueAsync(issue, FieldWrites.ToJira(remote), notifyUsers: false, context, cancellationToken);
            await rereads.RereadAsync(connection, edit.Task.IssueId, cancellationToken);
        }

        return new Sent(null, Changes(operation, remote.Select(e => e.Field.JsonName()).ToHashSet()));
    }

    private async Task<Sent> CreateAsync(SyncConnection connection, WriteBackOperationRecord operation, CreateIssue create, CancellationToken cancellationToken)
    {
        var (edits, refusal) = FieldWrites.Check(connection, create.Edits);
        if (refusal is not null)
        {
            throw new JiraException(JiraErrorKind.BadRequest, refusal);
        }

        var fields = FieldWrites.ToJira(edits);
        fields["project"] = new JsonObject { ["key"] = create.ProjectKey };
        fields["issuetype"] = new JsonObject { ["name"] = create.IssueTypeName };
        fields["summary"] = create.Summary;
        if (create.ParentIssueKey is { } parent)
        {
            fields["parent"] = new JsonObject { ["key"] = parent };
        }

        var context = new JiraWriteContext { ProjectKey = create.ProjectKey, IssueTypeName = create.IssueTypeName, FieldNames = FieldWrites.FieldNames(edits) };
        var created = await jira.Create(connection.Site).CreateIssueAsync(fields, context, cancellationToken);
        var id = long.Parse(created.Id, CultureInfo.InvariantCulture);
        var verdicts = await scope.EvaluateAsync(connection, [id], [], cancellationToken);
        await RereadAsync(connection, [id], force: true, cancellationToken, verdicts);
        var changes = new List<AuditFieldChange>
        {
            new("project", null, create.ProjectKey),
            new("issueType", null, create.IssueTypeName),
            new("summary", null, create.Summary),
        };
        changes.AddRange(create.Edits.Select(e => new AuditFieldChange(e.Field.JsonName(), null, e.Value)));
        return new Sent(WriteBackPayloads.WriteCreated(new CreatedIssueResult(id, created.Key)), changes);
    }

    private async Task<Sent> LinkAsync(SyncConnection connection, WriteBackOperationRecord operation, CreateIssueLink link, CancellationToken cancellationToken)
    {
        // "source <outward> destination": Jira's POST gives the outward verb to the body's inwardIssue (see IJiraClient).
        await jira.Create(connection.Site).CreateIssueLinkAsync(link.LinkTypeId,
            link.SourceIssueId.ToString(CultureInfo.InvariantCulture), link.DestinationIssueId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        var rows = await RereadAsync(connection, [link.SourceIssueId, link.DestinationIssueId], force: false, cancellationToken);
        var linkId = rows.SelectMany(r => r.Links ?? []).Where(l => l.LinkTypeId == link.LinkTypeId
                && l.SourceIssueId == link.SourceIssueId && l.DestinationIssueId == link.DestinationIssueId)
            .Select(l => (long?)l.LinkId).FirstOrDefault();
        var result = new LinkPayload(linkId, link.LinkTypeId, link.SourceIssueId, link.DestinationIssueId);
        return new Sent(WriteBackPayloads.WriteLink(result), [new AuditFieldChange("link", null, Describe(result))]);
    }

    private async Task<Sent> UnlinkAsync(SyncConnection connection, WriteBackOperationRecord operation, DeleteIssueLink unlink, CancellationToken cancellationToken)
    {
        try
        {
            await jira.Create(connection.Site).DeleteIssueLinkAsync(unlink.LinkId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
        catch (JiraException ex) when (ex.Kind == JiraErrorKind.NotFound)
        {
            // Already gone in Jira: the outcome the user asked for.
        }

        var old = WriteBackPayloads.ReadLink(operation.OldValuesJson ?? operation.PayloadJson);
        var issues = new[] { old.SourceIssueId, old.DestinationIssueId }.OfType<long>().ToList();
        var result = await jira.Create(connection.Site).BulkFetchAsync(
            [.. issues.Select(i => i.ToString(CultureInfo.InvariantCulture))], TaskRowReader.FetchFields, cancellationToken);
        await store.WriteAsync(new TaskWrite
        {
            Connection = connection,
            Rows = [.. result.Issues.Select(i => TaskRowReader.Read(i, connection)).OfType<TaskRow>()],
            DeletedLinks = [unlink.LinkId],
        }, cancellationToken);
        return new Sent(null, [new AuditFieldChange("link", Describe(old), null)]);
    }

    /// <summary>Each edited field's old and new value (rule 17), from the row's stored old values and payload.</summary>
    private static IReadOnlyList<AuditFieldChange> Changes(WriteBackOperationRecord operation, HashSet<string>? only)
    {
        if (operation.Kind != WriteBackOperationKind.EditFields)
        {
            return operation.Kind is WriteBackOperationKind.CreateLink or WriteBackOperationKind.DeleteLink
                ? [new AuditFieldChange("link", null, Describe(WriteBackPayloads.ReadLink(operation.OldValuesJson ?? operation.PayloadJson)))]
                : [];
        }

        var old = WriteBackPayloads.ReadValues(operation.OldValuesJson);
        var edit = (EditTaskFields)WriteBackPayloads.Read(operation);
        return [.. edit.Edits.Where(e => only is null || only.Contains(e.Field.JsonName()))
            .Select(e => new AuditFieldChange(e.Field.JsonName(), old.GetValueOrDefault(e.Field.JsonName()), e.Value))];
    }

    private async Task AuditAsync(SyncConnection connection, WriteBackOperationRecord operation, Sent sent, string? error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var change = await db.WriteBackChanges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == operation.ChangeId, cancellationToken);
        var created = WriteBackPayloads.ReadCreated(operation.Kind == WriteBackOperationKind.CreateIssue ? sent.Result : null);
        await audit.RecordAsync(new AuditEvent(AuditActions.JiraWrite)
        {
            Actor = change is null ? AuditActor.System : new AuditActor(change.ActorUserId, change.ActorDisplay),
            TargetType = "issue",
            TargetId = (operation.IssueId ?? created?.IssueId)?.ToString(CultureInfo.InvariantCulture),
            ConnectionId = connection.Id,
            IssueKey = operation.IssueKey ?? created?.IssueKey,
            Changes = sent.Changes,
            Data = new Dictionary<string, string?>
            {
                ["site"] = connection.Name,
                ["change"] = operation.ChangeId.ToString(),
                ["operation"] = operation.Kind.ToString(),
                ["outcome"] = error is null ? "done" : "failed",
                ["error"] = error,
            },
        }, cancellationToken);
    }

    private static string Describe(LinkPayload link) =>
        $"{link.SourceIssueId} {link.LinkTypeId} {link.DestinationIssueId}" + (link.LinkId is { } id ? $" (link {id})" : "");
}
