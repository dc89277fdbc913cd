namespace Panorama.Core.WriteBack;

/// <summary>A change set as the user sees it: overall state and each operation's outcome with Jira's reason.</summary>
public sealed record WriteBackChange(
    Guid Id,
    string Description,
    WriteBackState State,
    DateTimeOffset CreatedAt,
    string Actor,
    Guid? UndoOf,
    IReadOnlyList<WriteBackOperationState> Operations);

/// <summary>One operation of a change set: pending, done, or failed with the reason Jira gave.</summary>
public sealed record WriteBackOperationState(
    long Id,
    WriteBackOperation Operation,
    WriteBackState State,
    string? Error,
    string? IssueKey);
