using Panorama.Core.Fields;
using Panorama.Core.Tasks;

namespace Panorama.Core.WriteBack;

/// <summary>
/// One thing Panorama asks a Jira site to do. Operations travel through the durable write-back outbox (sync engine)
/// and are applied in order per issue; each is audited with the user behind it (rule 17).
/// </summary>
public abstract record WriteBackOperation(Guid ConnectionId);

/// <summary>
/// A new value for a built-in field, in canonical text: dates <c>YYYY-MM-DD</c>, estimates in whole seconds,
/// numbers with invariant formatting; null clears the field.
/// </summary>
public sealed record FieldEdit(BuiltInField Field, string? Value);

/// <summary>Edit built-in fields of a task; the connection's field mapping says which Jira fields they are.</summary>
public sealed record EditTaskFields(TaskKey Task, IReadOnlyList<FieldEdit> Edits) : WriteBackOperation(Task.ConnectionId);

/// <summary>Create an issue (always in the primary site, rule 14) and, once Jira answers, place it in a box.</summary>
public sealed record CreateIssue(
    Guid ConnectionId,
    string ProjectKey,
    string IssueTypeName,
    string Summary,
    IReadOnlyList<FieldEdit> Edits,
    string? ParentIssueKey = null,
    Guid? BoxId = null) : WriteBackOperation(ConnectionId);

/// <summary>Create a Jira issue link "source &lt;outward verb&gt; destination" (a synced dependency).</summary>
public sealed record CreateIssueLink(Guid ConnectionId, string LinkTypeId, long SourceIssueId, long DestinationIssueId)
    : WriteBackOperation(ConnectionId);

/// <summary>Delete a Jira issue link (a synced dependency removed in Panorama).</summary>
public sealed record DeleteIssueLink(Guid ConnectionId, long LinkId) : WriteBackOperation(ConnectionId);
