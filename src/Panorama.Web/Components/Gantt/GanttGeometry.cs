using System.Globalization;
using Panorama.Core.Dependencies;

namespace Panorama.Web.Components.Gantt;

/// <summary>A bar's box on the timeline, in pixels from the timeline's left edge.</summary>
public readonly record struct GanttBar(double Left, double Width)
{
    public double Right => Left + Width;
}

/// <summary>Where bars and dependency arrows go. Pure arithmetic, so it is tested without a browser.</summary>
public static class GanttGeometry
{
    /// <summary>Half the width of a milestone's diamond.</summary>
    public const double MilestoneRadius = 7;

    /// <summary>How far an arrow runs straight out of a bar before it turns.</summary>
    public const double ArrowGap = 8;

    private const double MinimumBarWidth = 3;

    /// <summary>A task occupies its start day to its end day, both whole; a milestone is a point in its day's middle.</summary>
    public static GanttBar Bar(GanttScale scale, GanttRow row)
    {
        var start = row.Start!.Value;
        if (row.IsMilestone)
        {
            var middle = scale.X(start) + (scale.DayWidth / 2);
            return new GanttBar(middle - MilestoneRadius, 2 * MilestoneRadius);
        }

        var end = row.End!.Value < start ? start : row.End.Value;
        return new GanttBar(scale.X(start), Math.Max(MinimumBarWidth, (end.DayNumber - start.DayNumber + 1) * scale.DayWidth));
    }

    /// <summary>The dependency type for an arrow drawn from one bar end to another (FS: finish to start, ...).</summary>
    public static DependencyType TypeOf(bool fromFinish, bool toFinish) => (fromFinish, toFinish) switch
    {
        (true, false) => DependencyType.FS,
        (false, false) => DependencyType.SS,
        (true, true) => DependencyType.FF,
        _ => DependencyType.SF,
    };

    /// <summary>
    /// An SVG path from the predecessor's bar to the successor's, leaving and entering at the ends the type names
    /// (FS: predecessor's finish to successor's start...). Rows are <paramref name="rowHeight"/> apart; y values are
    /// the rows' middles. The path ends at the successor's bar so an arrowhead marker points into it.
    /// </summary>
    public static string ArrowPath(DependencyType type, GanttBar from, double fromY, GanttBar to, double toY, double rowHeight)
    {
        var fromFinish = type is DependencyType.FS or DependencyType.FF;
        var toFinish = type is DependencyType.FF or DependencyType.SF;
        var x1 = fromFinish ? from.Right : from.Left;
        var x2 = toFinish ? to.Right : to.Left;
        var exit = x1 + (fromFinish ? ArrowGap : -ArrowGap);
        var approach = x2 + (toFinish ? ArrowGap : -ArrowGap);

        // Straight through when the turn beside the predecessor already lies on the successor's approach side.
        var direct = (fromFinish, toFinish) switch
        {
            (false, false) => true, // SS: both turns on the left; take the leftmost
            (true, true) => true,   // FF: both on the right; take the rightmost
            (true, false) => approach >= exit,
            _ => approach <= exit,
        };
        if (direct)
        {
            var turn = (fromFinish, toFinish) switch
            {
                (false, false) => Math.Min(exit, approach),
                (true, true) => Math.Max(exit, approach),
                _ => exit,
            };
            return Invariant($"M{x1:0.#},{fromY:0.#} H{turn:0.#} V{toY:0.#} H{x2:0.#}");
        }

        // Otherwise turn back between the two rows.
        var between = fromY + (toY >= fromY ? rowHeight / 2 : -rowHeight / 2);
        return Invariant($"M{x1:0.#},{fromY:0.#} H{exit:0.#} V{between:0.#} H{approach:0.#} V{toY:0.#} H{x2:0.#}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
