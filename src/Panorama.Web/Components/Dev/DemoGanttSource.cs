using Panorama.Web.Components.Gantt;

namespace Panorama.Web.Components.Dev;

/// <summary>
/// The demo's data source: pages of <see cref="DemoGanttData"/> rows, with this page's own edits on top (moves,
/// resizes, drawn dependencies and their write state), as a box page will have the box API and the outbox.
/// </summary>
public sealed class DemoGanttSource(DemoGanttData data) : IGanttDataSource
{
    private readonly Dictionary<int, GanttRow> _edited = [];
    private readonly List<GanttDependency> _drawn = [];

    public Task<GanttRowsPage> GetRowsAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var end = Math.Min(data.RowCount, offset + limit);
        var rows = new List<GanttRow>(Math.Max(0, end - offset));
        for (var i = offset; i < end; i++)
        {
            rows.Add(_edited.TryGetValue(i, out var edited) ? edited : Row(i));
        }

        return Task.FromResult(new GanttRowsPage(rows, data.RowCount));
    }

    public Task<IReadOnlyList<GanttDependency>> GetDependenciesAsync(IReadOnlySet<string> taskIds, CancellationToken cancellationToken)
    {
        var links = new List<GanttDependency>();
        foreach (var id in taskIds)
        {
            var index = DemoGanttData.IndexOf(id);
            if (index >= 0 && data.DependencyInto(index) is { } link && taskIds.Contains(link.FromId))
            {
                links.Add(link);
            }
        }

        links.AddRange(_drawn.Where(l => taskIds.Contains(l.FromId) && taskIds.Contains(l.ToId)));
        return Task.FromResult<IReadOnlyList<GanttDependency>>(links);
    }

    /// <summary>Records new dates for a task with a write state, as the outbox would report it.</summary>
    public void SetDates(string taskId, DateOnly start, DateOnly end, GanttWriteState state, string? message = null)
    {
        var index = DemoGanttData.IndexOf(taskId);
        var row = _edited.TryGetValue(index, out var edited) ? edited : Row(index);
        _edited[index] = row with { Start = start, End = end, WriteState = state, WriteMessage = message, Cells = Cells(index, start, end) };
    }

    public void SetWriteState(string taskId, GanttWriteState state, string? message = null)
    {
        var index = DemoGanttData.IndexOf(taskId);
        if (_edited.TryGetValue(index, out var row))
        {
            _edited[index] = row with { WriteState = state, WriteMessage = message };
        }
    }

    /// <summary>Puts a task back to its original dates (a failed write returns to Jira's value).</summary>
    public void Revert(string taskId, string reason)
    {
        var index = DemoGanttData.IndexOf(taskId);
        _edited[index] = Row(index) with { WriteState = GanttWriteState.Failed, WriteMessage = reason };
    }

    public void AddDependency(GanttDependency dependency) => _drawn.Add(dependency);

    public GanttRow Row(int index)
    {
        var kind = data.Kind(index);
        var (start, end) = (data.Start(index), data.End(index));
        return new GanttRow(DemoGanttData.IdOf(index), kind, data.Depth(index), data.Label(index))
        {
            Cells = Cells(index, start, end),
            Start = start,
            End = end,
            Progress = kind == GanttRowKind.Task ? data.Progress(index) : null,
            IsMilestone = data.IsMilestone(index),
            IsCritical = data.IsCritical(index),
            Site = data.Site(index),
            Conflict = data.HasConflict(index) ? data.DependencyInto(index)!.Conflict : null,
        };
    }

    private string?[] Cells(int index, DateOnly start, DateOnly end) =>
    [
        data.Key(index),
        GanttDates.Write(start),
        GanttDates.Write(end),
        data.Kind(index) == GanttRowKind.Task ? $"{data.Progress(index) * 100:0}%" : null,
    ];
}
