namespace Panorama.Web.Components.Gantt;

/// <summary>What a Gantt row stands for: a task, a parent task whose dates sum up its children, or a group node.</summary>
public enum GanttRowKind
{
    Task,
    Summary,
    Group,
}

/// <summary>Where a row's last write to Jira stands (SPEC 3.1 write-back: pending, then done or failed).</summary>
public enum GanttWriteState
{
    None,
    Pending,
    Done,
    Failed,
}

/// <summary>
/// One row of the Gantt, in tree order. It maps one to one onto a row of <c>/api/boxes/{id}/wbs</c> (depth, label,
/// cells in the column view's order) joined with the task's entry of <c>/api/boxes/{id}/gantt</c> (dates as
/// <c>YYYY-MM-DD</c>: see <see cref="GanttDates.Parse"/>, critical flag, conflicts) and its write-back state.
/// </summary>
/// <param name="Id">The task id the events and dependencies use (for group rows, any id unique in the box).</param>
/// <param name="Kind">Task, summary (parent task) or group (project, field value, sub-box).</param>
/// <param name="Depth">0 for top-level rows.</param>
/// <param name="Label">The task's summary or the node's label.</param>
public sealed record GanttRow(string Id, GanttRowKind Kind, int Depth, string Label)
{
    /// <summary>Values of the chosen columns (<see cref="GanttColumn"/>), already formatted.</summary>
    public IReadOnlyList<string?> Cells { get; init; } = [];

    public DateOnly? Start { get; init; }

    /// <summary>The last day of the task (inclusive, as Jira's due date).</summary>
    public DateOnly? End { get; init; }

    /// <summary>0 to 1.</summary>
    public double? Progress { get; init; }

    public bool IsMilestone { get; init; }

    /// <summary>On the critical path (zero total float).</summary>
    public bool IsCritical { get; init; }

    /// <summary>The site the task comes from (its connection's name), shown as a badge.</summary>
    public string? Site { get; init; }

    /// <summary>Whether the user may move or resize the bar (false for done, locked or read-only tasks).</summary>
    public bool CanEdit { get; init; } = true;

    public GanttWriteState WriteState { get; init; }

    /// <summary>Why the last write failed (shown beside the row), or what is pending.</summary>
    public string? WriteMessage { get; init; }

    /// <summary>A scheduling conflict this task is part of (a dependency it breaks), as a message.</summary>
    public string? Conflict { get; init; }

    public bool HasDates => Start is not null && End is not null;

    /// <summary>Rows whose bar can be dragged: tasks with dates that the user may edit.</summary>
    public bool IsDraggable => Kind == GanttRowKind.Task && CanEdit && HasDates;
}
