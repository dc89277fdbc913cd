using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web.Virtualization;
using Microsoft.JSInterop;

namespace Panorama.Web.Components.Gantt;

/// <summary>
/// A WBS grid beside a timeline: bars, summary bars, milestones, dependency arrows (FS/SS/FF/SF) among the rows on
/// screen, critical path, conflicts, today line, zoom. Rows are virtualised and fetched from
/// <see cref="Source"/> in blocks of <see cref="PageSize"/>. Dragging a bar raises <see cref="OnMove"/>, dragging its
/// end <see cref="OnResize"/>, drawing from a bar's end handle to another bar <see cref="OnLinkDrawn"/>; the bar shows
/// the change at once as pending until the page calls <see cref="RefreshAsync"/> with the source's word on it.
/// Keyboard: arrows, Page Up/Down, Home/End move the active row; Alt+Left/Right move its bar by a day,
/// Alt+Shift+Left/Right change its end.
/// </summary>
public sealed partial class Gantt : IAsyncDisposable
{
    public const int HeaderHeight = 48;
    private const int StateColumnWidth = 28;

    private readonly string _domId = $"gantt-{Guid.NewGuid():N}";
    private readonly GanttWindow _window = new();
    private GanttRowCache _cache = new(100, 8);
    private Virtualize<GanttRowSlot>? _list;
    private ElementReference _scroller;
    private IJSObjectReference? _module;
    private IJSObjectReference? _handle;
    private DotNetObjectReference<Gantt>? _self;
    private CancellationTokenSource? _dependencyLoad;
    private GanttScale _scale = new(DateOnly.MinValue, DateOnly.MinValue, GanttZoom.Week);
    private ItemsProviderDelegate<GanttRowSlot>? _provider;
    private int _activeIndex = -1;
    private int _totalCount;
    private double? _pendingRescale;
    private bool _scrollToToday = true;
    private IGanttDataSource? _source;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Parameter, EditorRequired]
    public IGanttDataSource Source { get; set; } = default!;

    /// <summary>The first and last day the timeline shows.</summary>
    [Parameter, EditorRequired]
    public DateOnly TimelineStart { get; set; }

    [Parameter, EditorRequired]
    public DateOnly TimelineEnd { get; set; }

    /// <summary>The grid's columns after the label column; rows' <see cref="GanttRow.Cells"/> follow this order.</summary>
    [Parameter]
    public IReadOnlyList<GanttColumn> Columns { get; set; } = [];

    [Parameter]
    public string LabelTitle { get; set; } = "Task";

    [Parameter]
    public int LabelWidth { get; set; } = 240;

    [Parameter]
    public GanttZoom Zoom { get; set; } = GanttZoom.Week;

    [Parameter]
    public EventCallback<GanttZoom> ZoomChanged { get; set; }

    /// <summary>Where the today line is drawn; by default today's UTC date.</summary>
    [Parameter]
    public DateOnly? Today { get; set; }

    [Parameter]
    public int RowHeight { get; set; } = 28;

    /// <summary>Rows fetched from <see cref="Source"/> per call.</summary>
    [Parameter]
    public int PageSize { get; set; } = 100;

    /// <summary>The accessible name of the chart (e.g. the box's name).</summary>
    [Parameter]
    public string AriaLabel { get; set; } = "Gantt chart";

    /// <summary>The component's height (CSS).</summary>
    [Parameter]
    public string Height { get; set; } = "calc(100vh - 10rem)";

    [Parameter]
    public EventCallback<GanttDateChange> OnMove { get; set; }

    [Parameter]
    public EventCallback<GanttDateChange> OnResize { get; set; }

    [Parameter]
    public EventCallback<GanttLinkDrawn> OnLinkDrawn { get; set; }

    [Parameter]
    public EventCallback<GanttRow> OnRowSelected { get; set; }

    private DateOnly TodayDate => Today ?? DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    private int GridWidth => StateColumnWidth + LabelWidth + Columns.Sum(c => c.Width);

    private string? ActiveRowId => _activeIndex >= 0 ? RowDomId(_activeIndex) : null;

    /// <summary>Forgets what was fetched and unconfirmed drags, and reads the rows on screen again.</summary>
    public async Task RefreshAsync()
    {
        _cache.Clear();
        _window.ForgetOverrides();
        if (_list is not null)
        {
            await _list.RefreshDataAsync();
        }

        StateHasChanged();
    }

    /// <summary>Scrolls so the row at <paramref name="index"/> is on screen and makes it the active row.</summary>
    public async Task ScrollToRowAsync(int index)
    {
        _activeIndex = index;
        if (_handle is not null)
        {
            await _handle.InvokeVoidAsync("ensureVisible", index);
        }

        StateHasChanged();
    }

    /// <summary>Scrolls the timeline so <paramref name="date"/> is near the left edge.</summary>
    public async Task ScrollToDateAsync(DateOnly date)
    {
        if (_handle is not null)
        {
            await _handle.InvokeVoidAsync("scrollToX", _scale.X(date));
        }
    }

    protected override void OnParametersSet()
    {
        var scale = new GanttScale(TimelineStart, TimelineEnd, Zoom);
        if (_scale.Zoom != scale.Zoom && _handle is not null)
        {
            _pendingRescale = scale.DayWidth / _scale.DayWidth;
        }

        _scale = scale;
        if (_cache.BlockSize != PageSize)
        {
            _cache = new GanttRowCache(PageSize, 8);
        }

        if (!ReferenceEquals(_source, Source))
        {
            // A new source: nothing fetched from the old one may show.
            _source = Source;
            _cache.Clear();
            _window.ForgetOverrides();
            _ = _list?.RefreshDataAsync();
        }

        _provider ??= ProvideRowsAsync;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/gantt.js");
            _handle = await _module.InvokeAsync<IJSObjectReference>("attach", _scroller, _self, Options());
        }
        else if (_handle is not null)
        {
            await _handle.InvokeVoidAsync("update", Options());
        }

        if (_handle is not null && _pendingRescale is { } ratio)
        {
            _pendingRescale = null;
            await _handle.InvokeVoidAsync("rescale", ratio);
        }

        if (_handle is not null && _scrollToToday)
        {
            _scrollToToday = false;
            await ScrollToDateAsync(TodayDate.AddDays(-7));
        }
    }

    private object Options() => new
    {
        rowHeight = RowHeight,
        headerHeight = HeaderHeight,
        total = _totalCount,
        dayWidth = _scale.DayWidth,
        gridWidth = GridWidth,
        active = _activeIndex,
    };

    private async ValueTask<ItemsProviderResult<GanttRowSlot>> ProvideRowsAsync(ItemsProviderRequest request)
    {
        var rows = await _cache.GetAsync(Source, request.StartIndex, request.Count, request.CancellationToken);
        var slots = new GanttRowSlot[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            slots[i] = new GanttRowSlot(request.StartIndex + i, rows[i]);
        }

        var totalChanged = _totalCount != (_cache.TotalCount ?? 0);
        _totalCount = _cache.TotalCount ?? 0;
        _window.Show(request.StartIndex, slots);
        _ = LoadDependenciesAsync();
        if (totalChanged)
        {
            StateHasChanged();
        }

        return new ItemsProviderResult<GanttRowSlot>(slots, _totalCount);
    }

    private async Task LoadDependenciesAsync()
    {
        if (_dependencyLoad is not null)
        {
            await _dependencyLoad.CancelAsync();
            _dependencyLoad.Dispose();
        }

        var load = _dependencyLoad = new CancellationTokenSource();
        try
        {
            var dependencies = await Source.GetDependenciesAsync(_window.Ids(), load.Token);
            if (!load.IsCancellationRequested)
            {
                _window.Dependencies = dependencies;
                StateHasChanged();
            }
        }
        catch (OperationCanceledException) when (load.IsCancellationRequested)
        {
            // A newer window is loading its own.
        }
    }

    private Task SetZoomAsync(GanttZoom zoom)
    {
        if (zoom == Zoom)
        {
            return Task.CompletedTask;
        }

        _pendingRescale = GanttScale.DayWidthOf(zoom) / _scale.DayWidth;
        Zoom = zoom;
        _scale = new GanttScale(TimelineStart, TimelineEnd, zoom);
        return ZoomChanged.InvokeAsync(zoom);
    }

    private string RowDomId(int index) => $"{_domId}-r{index}";

    public async ValueTask DisposeAsync()
    {
        if (_dependencyLoad is not null)
        {
            await _dependencyLoad.CancelAsync();
            _dependencyLoad.Dispose();
        }

        try
        {
            if (_handle is not null)
            {
                await _handle.InvokeVoidAsync("dispose");
                await _handle.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the browser's side with it.
        }

        _self?.Dispose();
    }
}
