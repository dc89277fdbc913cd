using Panorama.Core.Scheduling.Calendars;

namespace Panorama.Core.Scheduling.Files;

/// <summary>A schedule file that passed validation: a timeline and a network ready to schedule.</summary>
internal sealed record ScheduleFileInput(ScheduleTimeline Timeline, ScheduleNetwork<string> Network);
