using Panorama.Core.Scheduling;

namespace Panorama.Data.Boxes;

/// <summary>A task's scheduling mode in one box (SPEC 3.5). Only manual and locked are stored: auto is the default.</summary>
public sealed class BoxTaskModeRecord
{
    public Guid BoxId { get; set; }

    public Guid ConnectionId { get; set; }

    public long IssueId { get; set; }

    public ScheduleMode Mode { get; set; }
}
