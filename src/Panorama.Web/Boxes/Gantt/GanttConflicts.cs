using Panorama.Core.Dependencies;
using Panorama.Core.Tasks;
using Panorama.Data.Boxes.Snapshots;

namespace Panorama.Web.Boxes.Gantt;

internal static class GanttConflicts
{
    public static GanttConflictResponse ToResponse(TaskKey predecessor, TaskKey successor, DependencyType type, int lag, int amount, LoadedBox box)
    {
        var days = amount == 1 ? "1 working day" : $"{amount} working days";
        var withLag = lag == 0 ? "" : $" (lag {lag})";
        var message = $"{Name(successor, box)} starts {days} before its {type} dependency{withLag} on {Name(predecessor, box)} allows: " +
                      "move one of them, or change the dependency.";
        return new GanttConflictResponse(BoxTaskIds.Of(predecessor), BoxTaskIds.Of(successor), type.ToString(), lag, amount, message);
    }

    /// <summary>'alpha OPS-12': a task as people name it.</summary>
    public static string Name(TaskKey key, LoadedBox box) =>
        box.Tasks.Find(key) is { } task ? $"'{box.Sites.Directory.NameOf(key.ConnectionId)} {task.IssueKey}'" : $"'{BoxTaskIds.Of(key)}'";
}
