namespace Panorama.Web.Components.Gantt;

/// <summary>A column of the WBS grid beside the label column; a row's <see cref="GanttRow.Cells"/> follow this order.</summary>
/// <param name="Title">The header text (a built-in or native field's name).</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Numeric">Right-aligned (numbers, dates).</param>
public sealed record GanttColumn(string Title, int Width = 100, bool Numeric = false);
