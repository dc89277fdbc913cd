using Panorama.Core.Fields;
using Panorama.Core.WriteBack;

namespace Panorama.Web.Sync;

/// <summary>A write-back change set as the API shows it (<c>/api/changes/{id}</c>).</summary>
public sealed record ChangeView(
    Guid Id,
    string Description,
    string State,
    DateTimeOffset CreatedAt,
    string Actor,
    Guid? UndoOf,
    IReadOnlyList<ChangeOperationView> Operations)
{
    public static ChangeView From(WriteBackChange change) => new(
        change.Id, change.Description, Name(change.State), change.CreatedAt, change.Actor, change.UndoOf,
        [.. change.Operations.Select(ChangeOperationView.From)]);

    internal static string Name(WriteBackState state) => state.ToString().ToLowerInvariant();
}

/// <summary>
/// One operation: what it does (<c>editFields</c>, <c>createIssue</c>, <c>createLink</c>, <c>deleteLink</c>), on which
/// issue, its state (pending, done, failed) and, when it failed, Jira's reason.
/// </summary>
public sealed record ChangeOperationView(
    long Id,
    string Kind,
    Guid ConnectionId,
    long? IssueId,
    string? IssueKey,
    string State,
    string? Error,
    IReadOnlyDictionary<string, string?>? Fields,
    ChangeLinkView? Link)
{
    public static ChangeOperationView From(WriteBackOperationState operation) => operation.Operation switch
    {
        EditTaskFields edit => new(operation.Id, "editFields", edit.ConnectionId, edit.Task.IssueId, operation.IssueKey,
            ChangeView.Name(operation.State), operation.Error, edit.Edits.ToDictionary(e => e.Field.JsonName(), e => e.Value), null),
        CreateIssue create => new(operation.Id, "createIssue", create.ConnectionId, null, operation.IssueKey, ChangeView.Name(operation.State),
            operation.Error, create.Edits.ToDictionary(e => e.Field.JsonName(), e => e.Value), null),
        CreateIssueLink link => new(operation.Id, "createLink", link.ConnectionId, link.SourceIssueId, operation.IssueKey,
            ChangeView.Name(operation.State), operation.Error, null, new ChangeLinkView(null, link.LinkTypeId, link.SourceIssueId, link.DestinationIssueId)),
        DeleteIssueLink unlink => new(operation.Id, "deleteLink", unlink.ConnectionId, null, operation.IssueKey, ChangeView.Name(operation.State),
            operation.Error, null, new ChangeLinkView(unlink.LinkId, null, null, null)),
        var other => new(operation.Id, other.GetType().Name, other.ConnectionId, null, operation.IssueKey, ChangeView.Name(operation.State),
            operation.Error, null, null),
    };
}

/// <summary>A link "source &lt;outward verb&gt; destination" of the given type.</summary>
public sealed record ChangeLinkView(long? LinkId, string? TypeId, long? SourceIssueId, long? DestinationIssueId);
