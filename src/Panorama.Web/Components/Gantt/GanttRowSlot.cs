namespace Panorama.Web.Components.Gantt;

/// <summary>A row at its place in the whole tree (what the virtualised list renders).</summary>
public readonly record struct GanttRowSlot(int Index, GanttRow Row);
