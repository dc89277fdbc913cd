using Panorama.Core.Dependencies;

namespace Panorama.Web.Components.Gantt;

/// <summary>A bar was moved or resized: the task's new dates (end inclusive) and the ones it had.</summary>
public sealed record GanttDateChange(string TaskId, DateOnly NewStart, DateOnly NewEnd, DateOnly OldStart, DateOnly OldEnd);

/// <summary>A dependency was drawn from one bar to another; the type follows the ends the user joined.</summary>
public sealed record GanttLinkDrawn(string FromId, string ToId, DependencyType Type);
