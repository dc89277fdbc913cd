namespace Panorama.Core.Scheduling;

/// <summary>How the scheduler may move a task (SPEC 3.5).</summary>
public enum ScheduleMode
{
    /// <summary>As early as its dependencies and the project start allow.</summary>
    Auto,

    /// <summary>Dates as set by a person; a dependency it breaks is reported as a conflict.</summary>
    Manual,

    /// <summary>Never moved.</summary>
    Locked,
}
