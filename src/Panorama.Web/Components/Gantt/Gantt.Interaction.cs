using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Panorama.Web.Components.Gantt;

/// <summary>What the browser tells the Gantt: the active row, bars dragged or nudged by keyboard, dependencies drawn.</summary>
public sealed partial class Gantt
{
    [JSInvokable]
    public Task Activate(int index)
    {
        _activeIndex = Math.Clamp(index, 0, Math.Max(0, _totalCount - 1));
        StateHasChanged();
        return _window.At(_activeIndex) is { } slot ? OnRowSelected.InvokeAsync(slot.Row) : Task.CompletedTask;
    }

    [JSInvokable]
    public Task BarMoved(string rowId, int days) => ChangeDatesAsync(_window.Find(rowId), days, days, OnMove);

    [JSInvokable]
    public Task BarResized(string rowId, int days) => ChangeDatesAsync(_window.Find(rowId), 0, days, OnResize);

    /// <summary>Keyboard moves of the active row's bar (Alt+arrows; with Shift, its end only).</summary>
    [JSInvokable]
    public Task Nudge(int index, int days, bool resize) =>
        ChangeDatesAsync(_window.At(index), resize ? 0 : days, days, resize ? OnResize : OnMove);

    [JSInvokable]
    public Task LinkDrawn(string fromId, bool fromFinish, string toId, bool toFinish)
    {
        if (fromId == toId || _window.Find(fromId) is null || _window.Find(toId) is null)
        {
            return Task.CompletedTask;
        }

        return OnLinkDrawn.InvokeAsync(new GanttLinkDrawn(fromId, toId, GanttGeometry.TypeOf(fromFinish, toFinish)));
    }

    private async Task ChangeDatesAsync(GanttRowSlot? slot, int startDays, int endDays, EventCallback<GanttDateChange> raise)
    {
        if (slot is not { Row: { IsDraggable: true } row } || (startDays == 0 && endDays == 0))
        {
            return;
        }

        var (oldStart, oldEnd) = (row.Start!.Value, row.End!.Value);
        var newStart = oldStart.AddDays(startDays);
        var newEnd = oldEnd.AddDays(endDays);
        if (newEnd < newStart)
        {
            newEnd = newStart; // a resize never makes a task end before it starts
        }

        if (row.IsMilestone)
        {
            newEnd = newStart;
        }

        _window.Override(row with { Start = newStart, End = newEnd, WriteState = GanttWriteState.Pending, WriteMessage = "Saving…" });
        StateHasChanged();
        await raise.InvokeAsync(new GanttDateChange(row.Id, newStart, newEnd, oldStart, oldEnd));
    }
}
