using Panorama.Core.Scheduling;

namespace Panorama.Web.Boxes.Gantt;

internal static class ModeNames
{
    public static string Of(ScheduleMode mode) => mode.ToString().ToLowerInvariant();

    public static bool TryParse(string text, out ScheduleMode mode) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _);
}
