using Microsoft.AspNetCore.Components;
using Panorama.Core.Access;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Boxes.Structure;
using Panorama.Web.Boxes.Views;

namespace Panorama.Web.Components.Boxes;

/// <summary>
/// Edits a draft of the builders; nothing is stored until Save. Preview and Save post the same draft, so the preview
/// shows what Save would give and refuses what Save would refuse (the API's message, shown inline).
/// </summary>
public sealed partial class StructureEditor
{
    private const int PreviewRows = 25;
    private List<StructureBuilderDraft> _builders = [];
    private bool _isDefault = true;
    private string _newKind = "groupBy";
    private StructurePreviewResponse? _preview;
    private string? _error;
    private string? _status;
    private bool _busy;

    [Parameter, EditorRequired]
    public Guid BoxId { get; set; }

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter, EditorRequired]
    public FieldCatalogResponse Catalog { get; set; } = default!;

    protected override Task OnInitializedAsync() => TryAsync(async () =>
    {
        var structure = await Calls.RunAsync<StructureResponse>(BoxId, BoxRole.Viewer, async c =>
            await StructureEndpoints.GetAsync(BoxId, c.Get<PanoramaDbContext>(), Aborted));
        Show(structure.Value);
        _error = structure.Problem;
    }, e => _error = e);

    private void Show(StructureResponse? structure)
    {
        if (structure is not null)
        {
            _builders = [.. structure.Builders.Select(StructureBuilderDraft.From)];
            _isDefault = structure.IsDefault;
        }
    }

    private void Add()
    {
        _builders.Add(new StructureBuilderDraft { Kind = _newKind, Fields = _newKind == "groupBy" ? "statusCategory" : null });
        _preview = null;
    }

    private void Move(int position, int by)
    {
        var target = position + by;
        if (target >= 0 && target < _builders.Count)
        {
            (_builders[position], _builders[target]) = (_builders[target], _builders[position]);
        }
    }

    private Task PreviewAsync() => ActAsync(async () =>
    {
        var request = new StructurePreviewRequest(Draft(), 0, PreviewRows);
        var answer = await Calls.RunAsync<StructurePreviewResponse>(BoxId, BoxRole.Viewer, async c =>
            await StructureEndpoints.PreviewAsync(BoxId, request, c.Get<BoxSnapshotCache>(), Aborted));
        _preview = answer.Value;
        return answer.Problem;
    });

    private Task SaveAsync() => ActAsync(async () =>
    {
        var request = new StructureRequest(Draft());
        var answer = await Calls.RunAsync<StructureResponse>(BoxId, BoxRole.Editor, async c =>
            await StructureEndpoints.PutAsync(BoxId, request, c.Get<PanoramaDbContext>(), c.User, c.Get<IAuditLog>(), Aborted));
        Show(answer.Value);
        _status = answer.IsOk ? "Structure saved: the Gantt, board and report use it now." : null;
        return answer.Problem;
    });

    private Task ResetAsync() => ActAsync(async () =>
    {
        var answer = await Calls.RunAsync<StructureResponse>(BoxId, BoxRole.Editor, async c =>
            await StructureEndpoints.ResetAsync(BoxId, c.Get<PanoramaDbContext>(), c.User, c.Get<IAuditLog>(), Aborted));
        Show(answer.Value);
        _status = answer.IsOk ? "The box uses its type's default structure again." : null;
        _preview = null;
        return answer.Problem;
    });

    private List<StructureBuilderDto> Draft() => [.. _builders.Select(b => b.ToDto())];

    private async Task ActAsync(Func<Task<string?>> action)
    {
        (_error, _status, _busy) = (null, null, true);
        await TryAsync(async () => _error = await action(), e => _error = e);
        _busy = false;
    }
}
