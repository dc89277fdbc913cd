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

/// <summary>The box Gantt's changes: moves with their change-set review, undo, drawn dependencies, new tasks and write states.</summary>
public sealed partial class BoxGanttPage
{
    private Task MovedAsync(GanttDateChange change) => ActAsync(async () =>
    {
        var request = new GanttMoveRequest(change.TaskId, change.NewStart, change.NewEnd);
        var plan = await MoveAsync(request, dryRun: true, confirm: false);
        if (!plan.IsOk)
        {
            await RefreshAsync();
            return plan.Problem;
        }

        if (plan.Value!.Changes.Count > 1 || plan.Value.RequiresConfirmation)
        {
            (_pending, _pendingRequest) = (plan.Value, request);
            _status = "Review the change set, then apply it or cancel.";
            return null;
        }

        return await ApplyAsync(request, confirm: false);
    });

    private Task ApplyPendingAsync() => ActAsync(async () =>
    {
        var (plan, request) = (_pending!, _pendingRequest!);
        (_pending, _pendingRequest) = (null, null);
        return await ApplyAsync(request, confirm: plan.RequiresConfirmation);
    });

    private Task CancelPendingAsync() => ActAsync(async () =>
    {
        (_pending, _pendingRequest) = (null, null);
        _status = "The move was cancelled.";
        await RefreshAsync();
        return null;
    });

    private async Task<string?> ApplyAsync(GanttMoveRequest request, bool confirm)
    {
        var applied = await MoveAsync(request, dryRun: false, confirm);
        if (!applied.IsOk)
        {
            await RefreshAsync();
            return applied.Problem;
        }

        if (applied.Value!.ChangeId is { } changeId)
        {
            var tasks = applied.Value.Changes.Select(c => c.Task).ToList();
            _writes[changeId] = tasks;
            foreach (var task in tasks)
            {
                _source!.SetWriteState(task, GanttWriteState.Pending, "Saving to Jira…");
            }

            _lastChange = changeId;
        }

        _status = $"Moved {applied.Value.Changes.Count} task(s); the change is on its way to Jira.";
        await RefreshAsync();
        return null;
    }

    private Task<BoxAnswer<GanttMoveResponse>> MoveAsync(GanttMoveRequest request, bool dryRun, bool confirm) =>
        Calls.RunAsync<GanttMoveResponse>(Id, BoxRole.Editor, async c =>
            await GanttMovesEndpoints.MoveAsync(Id, request, c.Get<BoxSnapshotCache>(), c.Http, c.User, Aborted, dryRun, confirm));

    private Task UndoAsync() => ActAsync(async () =>
    {
        var changeId = _lastChange!.Value;
        var answer = await UndoAsync(changeId, confirm: false);
        if (answer.NeedsConfirmation && await Dialogs.Confirm($"{answer.Problem}", "Undo", new ConfirmOptions { OkButtonText = "Undo", CancelButtonText = "Cancel" }) == true)
        {
            answer = await UndoAsync(changeId, confirm: true);
        }

        if (answer.IsOk)
        {
            _lastChange = null;
            _status = "The move is being undone.";
        }

        return answer.Problem;
    });

    private Task<BoxAnswer<ChangeView>> UndoAsync(Guid changeId, bool confirm) =>
        Calls.RunAsync<ChangeView>(Id, BoxRole.Editor, async c => c.Services.GetService<IWriteBackQueue>() is { } queue
            ? await ChangeEndpoints.UndoAsync(changeId, c.User, queue, c.Get<Panorama.Web.Boxes.Access.TaskAccess>(), Aborted, confirm)
            : Panorama.Web.Boxes.BoxProblems.WriteBackUnavailable());

    private Task LinkDrawnAsync(GanttLinkDrawn link) => ActAsync(async () =>
    {
        var request = new CreateDependencyRequest(Id, link.FromId, link.ToId, link.Type.ToString());
        var answer = await Calls.RunAsync<DependencyResponse>(Id, BoxRole.Editor, async c => await DependenciesEndpoints.CreateAsync(request,
            c.Get<PanoramaDbContext>(), c.Get<BoxSnapshotCache>(), c.Http, c.User, c.Get<Panorama.Data.Audit.IAuditLog>(), c.Get<TimeProvider>(), Aborted));
        _status = answer.IsOk ? $"Added a {link.Type} dependency ({answer.Value!.Origin})." : null;
        await RefreshAsync();
        return answer.Problem;
    });

    private async Task AddTaskAsync()
    {
        var result = await Dialogs.OpenAsync<AddTaskDialog>("Add task", new Dictionary<string, object?> { [nameof(AddTaskDialog.BoxId)] = Id });
        if (result is string message)
        {
            _status = message;
        }
    }

    /// <summary>Follows the change sets this page sent: pending, then done, or failed with Jira's reason.</summary>
    private async Task CheckWritesAsync()
    {
        if (_writes.Count == 0 || _source is null)
        {
            return;
        }

        var changed = false;
        foreach (var (changeId, tasks) in _writes.ToList())
        {
            var answer = await Calls.RunAsync<WriteBackChange>(null, BoxRole.Viewer, async c =>
                c.Services.GetService<IWriteBackQueue>() is { } queue && await queue.GetAsync(changeId, Aborted) is { } change
                    ? TypedResults.Ok(change)
                    : TypedResults.NotFound());
            if (answer.Value is not { State: not WriteBackState.Pending } change)
            {
                continue;
            }

            _writes.Remove(changeId);
            var error = change.Operations.Select(o => o.Error).FirstOrDefault(e => e is not null);
            foreach (var task in tasks)
            {
                _source.SetWriteState(task, change.State == WriteBackState.Done ? GanttWriteState.Done : GanttWriteState.Failed, error);
            }

            changed = true;
        }

        if (changed)
        {
            await RefreshAsync();
        }
    }
}
