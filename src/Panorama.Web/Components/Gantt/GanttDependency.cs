using Panorama.Core.Dependencies;

namespace Panorama.Web.Components.Gantt;

/// <summary>A dependency arrow between two rows' bars, by task id (as <c>/api/boxes/{id}/gantt</c> lists them).</summary>
public sealed record GanttDependency(string FromId, string ToId, DependencyType Type)
{
    /// <summary>Both tasks are on the critical path and this link drives it.</summary>
    public bool IsCritical { get; init; }

    /// <summary>Soft dependencies are drawn but never drive scheduling.</summary>
    public bool IsSoft { get; init; }

    /// <summary>Why this dependency is broken (a scheduling conflict), or null.</summary>
    public string? Conflict { get; init; }
}
