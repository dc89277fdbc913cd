using Microsoft.AspNetCore.Components;
using Panorama.Core.Access;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.Data;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Boxes.Dependencies;
using Panorama.Web.Boxes.Gantt;
using Panorama.Web.Boxes.Hierarchy;
using Panorama.Web.Boxes.Views;
using Panorama.Web.Components.Gantt;
using Panorama.Web.Sync;
using Radzen;
using GanttChart = Panorama.Web.Components.Gantt.Gantt;

namespace Panorama.Web.Components.Boxes;

/// <summary>
/// The box's Gantt: moves go through the Gantt moves endpoint's logic (a dry run first; a change set that moves other
/// tasks, or that rule 17 asks to confirm, is shown before it is applied), each applied change can be undone, and the
/// rows on screen are read again whenever the box changes (see <see cref="BoxLiveUpdates"/>).
/// </summary>
public sealed partial class BoxGanttPage
{
    private const int CompactColumns = 4;
    private readonly Dictionary<Guid, IReadOnlyList<string>> _writes = [];
    private bool _allColumns;
    private int[] _cellIndexes = [];
    private int _hiddenColumns;
    private BoxDetailsResponse? _details;
    private BoxGanttSource? _source;
    private GanttChart? _gantt;
    private BoxLiveUpdates? _live;
    private IReadOnlyList<ViewResponse> _views = [];
    private IReadOnlyList<GanttColumn> _columns = [];
    private (DateOnly Start, DateOnly End) _timeline;
    private GanttZoom _zoom = GanttZoom.Week;
    private string? _view;
    private bool _canEdit;
    private GanttMoveResponse? _pending;
    private GanttMoveRequest? _pendingRequest;
    private Guid? _lastChange;
    private string? _status;
    private string? _error;
    private bool _busy;

    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private BoxCalls Calls { get; set; } = default!;

    [Inject]
    private BoxSnapshotCache Cache { get; set; } = default!;

    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        await DisposeLiveAsync();
        (_details, _source, _error, _pending, _lastChange) = (null, null, null, null, null);
        await TryAsync(LoadAsync, e => _error = e);
    }

    private async Task LoadAsync()
    {
        var details = await Calls.DetailsAsync(Id, Aborted);
        if (!details.IsOk)
        {
            _error = details.Problem;
            return;
        }

        var views = await Calls.RunAsync<ViewsResponse>(Id, BoxRole.Viewer, async c =>
            await ViewsEndpoints.GetAsync(Id, c.Get<PanoramaDbContext>(), c.Get<BoxSnapshotCache>(), Aborted));
        _views = views.Value?.ColumnViews ?? [];
        _view ??= _views.Count > 0 ? _views[0].Name : null;
        _columns = Columns();
        var shown = (await Cache.GetAsync(Id, Aborted))?.ContentTag;
        _timeline = await TimelineAsync();
        _details = details.Value;
        _canEdit = _details!.Allows(BoxRole.Editor);
        _source = new BoxGanttSource(Calls, Id, _view, _canEdit) { CellIndexes = _cellIndexes };
        _live = new BoxLiveUpdates(Id, shown, Cache, Services.GetService<ITaskChangeFeed>(), Time,
            () => InvokeAsync(CheckWritesAsync), () => InvokeAsync(RefreshAsync));
    }

    /// <summary>
    /// The view's columns beside the label (its summary column would repeat the label). At 1366 px a grid of more than
    /// four columns leaves no room for the timeline, so the rest are shown on request.
    /// </summary>
    private List<GanttColumn> Columns()
    {
        var shown = (_views.FirstOrDefault(v => v.Name == _view)?.Columns ?? [])
            .Select((c, index) => (Column: c, Index: index))
            .Where(c => c.Column.Field != "summary")
            .ToList();
        _hiddenColumns = _allColumns ? 0 : Math.Max(0, shown.Count - CompactColumns);
        if (!_allColumns)
        {
            shown = [.. shown.Take(CompactColumns)];
        }

        _cellIndexes = [.. shown.Select(c => c.Index)];
        if (_source is not null)
        {
            _source.CellIndexes = _cellIndexes;
        }

        return [.. shown.Select(c => new GanttColumn(c.Column.Field, 84, Numeric: c.Column.Field.EndsWith("Date", StringComparison.Ordinal)))];
    }

    private async Task ToggleColumnsAsync()
    {
        _allColumns = !_allColumns;
        _columns = Columns();
        await RefreshAsync();
    }

    /// <summary>From a month before the plan (or the box's period, or today) to three months after it.</summary>
    private async Task<(DateOnly, DateOnly)> TimelineAsync()
    {
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        var box = await Cache.GetAsync(Id, Aborted);
        var start = new[] { box?.Schedule.Start, box?.Box.Period.Start, today }.Where(d => d is not null).Min()!.Value;
        var end = new[] { box?.Schedule.Finish, box?.Box.Period.End, today }.Where(d => d is not null).Max()!.Value;
        return (start.AddDays(-30), end.AddDays(90));
    }

    private async Task ChangeViewAsync(ChangeEventArgs e)
    {
        _view = e.Value?.ToString();
        await DisposeLiveAsync();
        await TryAsync(LoadAsync, m => _error = m);
    }

    private async Task RefreshAsync()
    {
        if (_gantt is not null)
        {
            await _gantt.RefreshAsync();
        }

        StateHasChanged();
    }

    /// <summary>Runs an action that answers a problem (or null) and shows it.</summary>
    private async Task ActAsync(Func<Task<string?>> action)
    {
        _error = null;
        _busy = true;
        await TryAsync(async () => _error = await action(), e => _error = e);
        _busy = false;
        StateHasChanged();
    }

    private async Task DisposeLiveAsync()
    {
        if (_live is not null)
        {
            await _live.DisposeAsync();
            _live = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeLiveAsync();
        Dispose();
    }
}
