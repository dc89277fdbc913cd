using System.Collections.Concurrent;
using Panorama.Core.Access;
using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;
using Panorama.Core.Tasks;
using Panorama.Core.Views;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Boxes;
using Panorama.Web.Boxes.Gantt;
using Panorama.Web.Components.Gantt;

namespace Panorama.Web.Components.Boxes;

/// <summary>
/// The Gantt of a box: rows a page at a time from the box's snapshot in WBS order with the chosen column view (as
/// <c>/api/boxes/{id}/wbs</c> serves them), joined with each task's dates, critical flag, conflict and site (as
/// <c>/api/boxes/{id}/gantt</c> gives them), and this page's pending writes on top. Every read checks the viewer
/// role. A failed read gives no rows and leaves its message in <see cref="Problem"/>.
/// </summary>
public sealed class BoxGanttSource(BoxCalls calls, Guid boxId, string? view, bool canEdit) : IGanttDataSource
{
    private readonly ConcurrentDictionary<string, (GanttWriteState State, string? Message)> _writes = new();

    public string? Problem { get; private set; }

    /// <summary>Which of the view's columns the grid shows, in order (the rest are left out of the rows' cells).</summary>
    public IReadOnlyList<int> CellIndexes { get; set; } = [];

    public async Task<GanttRowsPage> GetRowsAsync(int offset, int limit, CancellationToken cancellationToken)
    {
        var answer = await calls.RunAsync<GanttRowsPage>(boxId, BoxRole.Viewer, async call =>
        {
            if (await call.Get<BoxSnapshotCache>().GetAsync(boxId, cancellationToken) is not { } box)
            {
                return BoxProblems.BoxNotFound();
            }

            var chosen = box.Settings.ColumnView(view) ?? box.Settings.ColumnView(null)!;
            var conflicts = Conflicts(box);
            var rows = box.Snapshot.Page(chosen, offset, limit).Select(r => ToRow(r, box, conflicts)).ToList();
            return TypedResults.Ok(new GanttRowsPage(rows, box.Snapshot.Tree.Count));
        });
        Problem = answer.Problem;
        return answer.Value ?? new GanttRowsPage([], 0);
    }

    public async Task<IReadOnlyList<GanttDependency>> GetDependenciesAsync(IReadOnlySet<string> taskIds, CancellationToken cancellationToken)
    {
        var answer = await calls.RunAsync<IReadOnlyList<GanttDependency>>(boxId, BoxRole.Viewer, async call =>
        {
            if (await call.Get<BoxSnapshotCache>().GetAsync(boxId, cancellationToken) is not { } box)
            {
                return BoxProblems.BoxNotFound();
            }

            var conflicts = Conflicts(box);
            var links = new List<GanttDependency>();
            foreach (var dependency in box.Dependencies.Select(d => d.Dependency))
            {
                var (from, to) = (BoxTaskIds.Of(dependency.Predecessor), BoxTaskIds.Of(dependency.Successor));
                if (taskIds.Contains(from) && taskIds.Contains(to))
                {
                    links.Add(new GanttDependency(from, to, dependency.Type)
                    {
                        IsSoft = dependency.Strength == DependencyStrength.Soft,
                        IsCritical = IsCritical(box, dependency.Predecessor) && IsCritical(box, dependency.Successor),
                        Conflict = conflicts.TryGetValue((from, to), out var message) ? message : null,
                    });
                }
            }

            return TypedResults.Ok<IReadOnlyList<GanttDependency>>(links);
        });
        return answer.Value ?? [];
    }

    /// <summary>Shows a task's write as pending, done or failed (with the reason) until the box shows its new state.</summary>
    public void SetWriteState(string taskId, GanttWriteState state, string? message) => _writes[taskId] = (state, message);

    public void ForgetWrite(string taskId) => _writes.TryRemove(taskId, out _);

    private GanttRow ToRow(WbsGridRow row, LoadedBox box, Dictionary<(string From, string To), string> conflicts)
    {
        var cells = CellIndexes.Select(i => i < row.Cells.Count ? BoxCells.Format(row.Cells[i]) : null).ToList();
        if (row.Task is not { } task)
        {
            return new GanttRow($"row:{row.Row.Index}", GanttRowKind.Group, row.Row.Depth, row.Label)
            {
                Cells = cells,
                Start = row.Summary?.Start,
                End = row.Summary?.End,
                Progress = row.Summary?.Progress / 100,
                CanEdit = false,
            };
        }

        var id = BoxTaskIds.Of(task);
        var write = _writes.TryGetValue(id, out var w) ? w : (GanttWriteState.None, null);
        var mode = box.Settings.ModeOf(task.Key);
        return new GanttRow(id, row.Row.HasChildren ? GanttRowKind.Summary : GanttRowKind.Task, row.Row.Depth, row.Label)
        {
            Cells = cells,
            Start = task.StartDate ?? row.Summary?.Start,
            End = task.EndDate ?? row.Summary?.End,
            Progress = task.Progress / 100,
            IsCritical = IsCritical(box, task.Key),
            Site = box.Sites.Directory.NameOf(task.ConnectionId),
            CanEdit = canEdit && !row.Row.HasChildren && mode != ScheduleMode.Locked && task.StatusCategory != StatusCategory.Done &&
                      !box.Sites.IsStale(task.ConnectionId),
            WriteState = write.Item1,
            WriteMessage = write.Item2,
            Conflict = conflicts.Where(c => c.Key.To == id).Select(c => c.Value).FirstOrDefault(),
        };
    }

    private static bool IsCritical(LoadedBox box, TaskKey key) => box.Tasks.IndexOf(key) is >= 0 and var i && box.Schedule.IsCritical(i);

    private static Dictionary<(string From, string To), string> Conflicts(LoadedBox box)
    {
        var conflicts = new Dictionary<(string, string), string>();
        foreach (var c in box.Schedule.Conflicts)
        {
            var response = GanttConflicts.ToResponse(c.Predecessor, c.Successor, c.Type, c.Lag, c.Amount, box);
            conflicts.TryAdd((response.From, response.To), response.Message);
        }

        return conflicts;
    }
}
