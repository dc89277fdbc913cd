using Microsoft.AspNetCore.Components;
using Panorama.Core.Access;
using Panorama.Core.Fields;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Boxes.Views;

namespace Panorama.Web.Components.Boxes;

/// <summary>
/// Edits drafts of one kind of view; Save puts every view of that kind at once (the API replaces the list), so a
/// refusal leaves the stored views as they were and the draft on screen for correcting.
/// </summary>
public sealed partial class ViewEditor
{
    private List<ViewDraft> _views = [];
    private bool _defaults = true;
    private int _selected;
    private string _builtIn = "key";
    private string? _site;
    private string? _nativeField;
    private string? _error;
    private string? _status;
    private bool _busy;

    [Parameter, EditorRequired]
    public Guid BoxId { get; set; }

    /// <summary>"column" (Gantt grid) or "card" (board).</summary>
    [Parameter, EditorRequired]
    public string Kind { get; set; } = "column";

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter, EditorRequired]
    public FieldCatalogResponse Catalog { get; set; } = default!;

    private bool Column => Kind == "column";

    private string Title => Column ? "Column views" : "Card views";

    private ViewDraft Current => _views[Math.Clamp(_selected, 0, _views.Count - 1)];

    protected override Task OnInitializedAsync() => TryAsync(async () =>
    {
        _site = Catalog.Sites.Count > 0 ? Catalog.Sites[0].Site : null;
        var views = await Calls.RunAsync<ViewsResponse>(BoxId, BoxRole.Viewer, async c =>
            await ViewsEndpoints.GetAsync(BoxId, c.Get<PanoramaDbContext>(), c.Get<BoxSnapshotCache>(), Aborted));
        Show(views.Value);
        _error = views.Problem;
    }, e => _error = e);

    private void Show(ViewsResponse? views)
    {
        if (views is not null)
        {
            var list = Column ? views.ColumnViews : views.CardViews;
            _views = [.. list.Select(v => new ViewDraft(v.Name, [.. v.Columns.Select(c => new ColumnDraft(c.Field, c.Aggregation))]))];
            _defaults = Column ? views.ColumnViewsAreDefaults : views.CardViewsAreDefaults;
            _selected = Math.Clamp(_selected, 0, Math.Max(0, _views.Count - 1));
        }
    }

    private static IReadOnlyList<string> Aggregations(string field) =>
        FieldCatalogEndpoints.Aggregations(BuiltInFields.TryParse(field, out var builtIn) ? builtIn.Kind() : null);

    private void AddBuiltIn() => AddColumn(_builtIn);

    private void AddNative()
    {
        if (string.IsNullOrWhiteSpace(_site) || string.IsNullOrWhiteSpace(_nativeField))
        {
            _error = "Choose a site and give the id of its field (e.g. customfield_10016).";
            return;
        }

        AddColumn($"{_site}:{_nativeField.Trim()}");
        _nativeField = null;
    }

    private void AddColumn(string field)
    {
        (_error, _status) = (null, null);
        if (Current.Columns.Any(c => string.Equals(c.Field, field, StringComparison.OrdinalIgnoreCase)))
        {
            _error = $"The view already shows {field}.";
            return;
        }

        Current.Columns.Add(new ColumnDraft(field, "none"));
    }

    private void Move(int position, int by)
    {
        var columns = Current.Columns;
        var target = position + by;
        if (target >= 0 && target < columns.Count)
        {
            (columns[position], columns[target]) = (columns[target], columns[position]);
        }
    }

    private void NewView()
    {
        var number = _views.Count + 1;
        while (_views.Any(v => v.Name == $"View {number}"))
        {
            number++;
        }

        _views.Add(new ViewDraft($"View {number}", [new ColumnDraft("key", "none"), new ColumnDraft("summary", "none")]));
        _selected = _views.Count - 1;
    }

    private void RemoveView()
    {
        _views.RemoveAt(Math.Clamp(_selected, 0, _views.Count - 1));
        _selected = 0;
    }

    private Task SaveAsync() => PutAsync([.. _views.Select(v => new ViewDto(v.Name,
        [.. v.Columns.Select(c => new ViewColumnDto(c.Field, Column ? c.Aggregation : null))]))], $"{Title} saved.");

    // An empty list is the API's way back to the box type's defaults.
    private Task ResetAsync() => PutAsync([], $"{Title} are the box type's defaults again.");

    private async Task PutAsync(IReadOnlyList<ViewDto> views, string done)
    {
        (_error, _status, _busy) = (null, null, true);
        var request = Column ? new ViewsRequest(ColumnViews: views) : new ViewsRequest(CardViews: views);
        await TryAsync(async () =>
        {
            var answer = await Calls.RunAsync<ViewsResponse>(BoxId, BoxRole.Editor, async c => await ViewsEndpoints.PutAsync(BoxId, request,
                c.Get<PanoramaDbContext>(), c.Get<BoxSnapshotCache>(), c.User, c.Get<IAuditLog>(), Aborted));
            Show(answer.Value);
            (_error, _status) = (answer.Problem, answer.IsOk ? done : null);
        }, e => _error = e);
        _busy = false;
    }

    private sealed class ViewDraft(string name, List<ColumnDraft> columns)
    {
        public string Name { get; set; } = name;

        public List<ColumnDraft> Columns { get; } = columns;
    }

    private sealed class ColumnDraft(string field, string aggregation)
    {
        public string Field { get; } = field;

        public string Aggregation { get; set; } = aggregation;
    }
}
