using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Panorama.Web.Components.Gantt;

/// <summary>Rows and arrows as render fragments: no component per row, so a scroll renders only plain markup.</summary>
public sealed partial class Gantt
{
    private static string Px(double value) => string.Create(CultureInfo.InvariantCulture, $"{value:0.##}px");

    private static string SiteClass(string site) => $"g-site g-site-{(uint)StableHash(site) % 6}";

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    private RenderFragment RenderRow(GanttRowSlot slot) => builder =>
    {
        var row = _window.Effective(slot.Row);
        builder.OpenElement(1, "div");
        builder.SetKey(row.Id);
        builder.AddAttribute(2, "id", RowDomId(slot.Index));
        builder.AddAttribute(3, "class", RowClass(row, slot.Index));
        builder.AddAttribute(4, "role", "row");
        builder.AddAttribute(5, "aria-rowindex", slot.Index + 2);
        builder.AddAttribute(6, "aria-level", row.Depth + 1);
        builder.AddAttribute(7, "aria-selected", slot.Index == _activeIndex ? "true" : "false");
        builder.AddAttribute(8, "data-index", slot.Index);
        builder.AddAttribute(9, "data-row-id", row.Id);
        builder.AddAttribute(10, "style", $"height: {Px(RowHeight)}");

        builder.OpenElement(11, "div");
        builder.AddAttribute(12, "class", "g-cells");
        builder.AddAttribute(13, "role", "none");
        builder.AddAttribute(14, "style", $"width: {Px(GridWidth)}");
        RenderStateCell(builder, row);
        RenderLabelCell(builder, row);
        for (var c = 0; c < Columns.Count; c++)
        {
            builder.OpenElement(70, "div");
            builder.AddAttribute(71, "class", Columns[c].Numeric ? "g-col numeric" : "g-col");
            builder.AddAttribute(72, "role", "gridcell");
            builder.AddAttribute(73, "style", $"width: {Px(Columns[c].Width)}");
            builder.AddContent(74, c < row.Cells.Count ? row.Cells[c] : null);
            builder.CloseElement();
        }

        builder.CloseElement();
        RenderLane(builder, row);
        builder.CloseElement();
    };

    private string RowClass(GanttRow row, int index)
    {
        var kind = row.Kind switch { GanttRowKind.Summary => "summary", GanttRowKind.Group => "group", _ => "task" };
        return index == _activeIndex ? $"g-row {kind} active" : $"g-row {kind}";
    }

    private static void RenderStateCell(RenderTreeBuilder builder, GanttRow row)
    {
        builder.OpenElement(30, "div");
        builder.AddAttribute(31, "class", "g-col g-col-state");
        builder.AddAttribute(32, "role", "gridcell");
        builder.AddAttribute(33, "style", $"width: {Px(StateColumnWidth)}");
        var (icon, text) = row.WriteState switch
        {
            GanttWriteState.Pending => ("hourglass_top", "Pending: " + (row.WriteMessage ?? "saving to Jira")),
            GanttWriteState.Done => ("check_circle", "Saved to Jira"),
            GanttWriteState.Failed => ("error", "Failed: " + (row.WriteMessage ?? "Jira refused the change")),
            _ => (null, null),
        };
        if (icon is not null)
        {
            builder.OpenElement(34, "i");
            builder.AddAttribute(35, "class", $"rzi g-write g-write-{row.WriteState.ToString().ToLowerInvariant()}");
            builder.AddAttribute(36, "title", text);
            builder.AddAttribute(37, "data-write-state", row.WriteState.ToString());
            builder.AddAttribute(38, "aria-label", text);
            builder.AddAttribute(39, "role", "img");
            builder.AddContent(40, icon);
            builder.CloseElement();
        }

        builder.CloseElement();
    }

    private void RenderLabelCell(RenderTreeBuilder builder, GanttRow row)
    {
        builder.OpenElement(50, "div");
        builder.AddAttribute(51, "class", "g-col g-col-label");
        builder.AddAttribute(52, "role", "gridcell");
        builder.AddAttribute(53, "style", $"width: {Px(LabelWidth)}; padding-left: {Px(6 + (row.Depth * 16))}");
        builder.AddAttribute(54, "title", row.Label);
        if (row.Site is { } site)
        {
            builder.OpenElement(55, "span");
            builder.AddAttribute(56, "class", SiteClass(site));
            builder.AddContent(57, site);
            builder.CloseElement();
        }

        builder.OpenElement(58, "span");
        builder.AddAttribute(59, "class", "g-label");
        builder.AddContent(60, row.Label);
        builder.CloseElement();
        if (row.Conflict is { } conflict)
        {
            builder.OpenElement(61, "i");
            builder.AddAttribute(62, "class", "rzi g-conflict-icon");
            builder.AddAttribute(63, "role", "img");
            builder.AddAttribute(64, "aria-label", "Conflict: " + conflict);
            builder.AddAttribute(65, "title", conflict);
            builder.AddContent(66, "warning");
            builder.CloseElement();
        }

        builder.CloseElement();
    }

    private void RenderLane(RenderTreeBuilder builder, GanttRow row)
    {
        builder.OpenElement(80, "div");
        builder.AddAttribute(81, "class", "g-lane");
        builder.AddAttribute(82, "role", "gridcell");
        builder.AddAttribute(83, "style", $"width: {Px(_scale.Width)}");
        if (row.HasDates)
        {
            var dates = row.IsMilestone
                ? $"Milestone on {GanttDates.Write(row.Start!.Value)}"
                : $"{GanttDates.Write(row.Start!.Value)} to {GanttDates.Write(row.End!.Value)}";
            builder.AddAttribute(84, "aria-label", dates);
            var bar = GanttGeometry.Bar(_scale, row);
            builder.OpenElement(85, "div");
            builder.AddAttribute(86, "class", BarClass(row));
            builder.AddAttribute(87, "style", $"left: {Px(bar.Left)}; width: {Px(bar.Width)}");
            builder.AddAttribute(88, "data-row-id", row.Id);
            builder.AddAttribute(89, "data-start", GanttDates.Write(row.Start!.Value));
            builder.AddAttribute(90, "data-end", GanttDates.Write(row.End!.Value));
            builder.AddAttribute(91, "title", $"{row.Label}: {dates}" + (row.Progress is { } p ? string.Create(CultureInfo.InvariantCulture, $", {p:P0} done") : string.Empty));
            if (row.Progress is { } progress && !row.IsMilestone && row.Kind == GanttRowKind.Task)
            {
                builder.OpenElement(92, "span");
                builder.AddAttribute(93, "class", "g-progress");
                builder.AddAttribute(94, "style", string.Create(CultureInfo.InvariantCulture, $"width: {Math.Clamp(progress, 0, 1) * 100:0.#}%"));
                builder.CloseElement();
            }

            if (row.Kind == GanttRowKind.Task)
            {
                RenderHandles(builder, row);
            }

            builder.CloseElement();
            if (row.WriteState == GanttWriteState.Failed && row.WriteMessage is { } reason)
            {
                // Beside the bar, where the eye already is after a drag.
                builder.OpenElement(95, "span");
                builder.AddAttribute(96, "class", "g-bar-note failed");
                builder.AddAttribute(97, "style", $"left: {Px(bar.Right + 10)}");
                builder.AddContent(98, reason);
                builder.CloseElement();
            }
        }

        builder.CloseElement();
    }

    private static void RenderHandles(RenderTreeBuilder builder, GanttRow row)
    {
        // Link handles on both ends (drag to another bar draws a dependency); a resize grip on the end of editable bars.
        builder.OpenElement(100, "span");
        builder.AddAttribute(101, "class", "g-link-handle start");
        builder.AddAttribute(102, "data-side", "start");
        builder.CloseElement();
        builder.OpenElement(103, "span");
        builder.AddAttribute(104, "class", "g-link-handle finish");
        builder.AddAttribute(105, "data-side", "finish");
        builder.CloseElement();
        if (row.IsDraggable && !row.IsMilestone)
        {
            builder.OpenElement(106, "span");
            builder.AddAttribute(107, "class", "g-resize");
            builder.CloseElement();
        }
    }

    private static string BarClass(GanttRow row)
    {
        var kind = row.IsMilestone ? "milestone" : row.Kind == GanttRowKind.Task ? "task" : "summary";
        var classes = $"g-bar {kind}";
        if (row.IsCritical)
        {
            classes += " critical";
        }

        if (row.Conflict is not null)
        {
            classes += " conflict";
        }

        if (row.IsDraggable)
        {
            classes += " editable";
        }

        return row.WriteState switch
        {
            GanttWriteState.Pending => classes + " pending",
            GanttWriteState.Failed => classes + " failed",
            _ => classes,
        };
    }
}
