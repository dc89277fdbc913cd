using System.Globalization;

namespace Panorama.Web.Components.Gantt;

public enum GanttZoom
{
    Day,
    Week,
    Month,
    Quarter,
}

/// <summary>A label on the timeline header: where it starts, how wide it is, what it says.</summary>
public readonly record struct GanttTick(double X, double Width, string Label);

/// <summary>
/// Maps dates to pixels for one zoom level over the timeline <c>[Start, End]</c>, and makes the header's two tiers
/// of labels (day: months over days; week: months over weeks; month: years over months; quarter: years over quarters).
/// </summary>
public sealed class GanttScale
{
    public GanttScale(DateOnly start, DateOnly end, GanttZoom zoom)
    {
        Start = start;
        End = end < start ? start : end;
        Zoom = zoom;
        DayWidth = DayWidthOf(zoom);
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public GanttZoom Zoom { get; }

    /// <summary>Pixels per day.</summary>
    public double DayWidth { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public double Width => Days * DayWidth;

    public static double DayWidthOf(GanttZoom zoom) => zoom switch
    {
        GanttZoom.Day => 32,
        GanttZoom.Week => 14,
        GanttZoom.Month => 4,
        _ => 1.5,
    };

    /// <summary>The left edge of a day.</summary>
    public double X(DateOnly date) => (date.DayNumber - Start.DayNumber) * DayWidth;

    /// <summary>The day under a pixel offset from the timeline's start.</summary>
    public DateOnly DateAt(double x) => Start.AddDays((int)Math.Floor(x / DayWidth));

    /// <summary>A whole number of days nearest to a drag of <paramref name="pixels"/>.</summary>
    public int DaysFor(double pixels) => (int)Math.Round(pixels / DayWidth, MidpointRounding.AwayFromZero);

    /// <summary>The upper header tier: months (day and week zoom) or years.</summary>
    public IReadOnlyList<GanttTick> UpperTicks() => Zoom is GanttZoom.Day or GanttZoom.Week
        ? Ticks(d => new DateOnly(d.Year, d.Month, 1), d => d.AddMonths(1), d => d.ToString(Zoom == GanttZoom.Day ? "MMMM yyyy" : "MMM yyyy", CultureInfo.InvariantCulture))
        : Ticks(d => new DateOnly(d.Year, 1, 1), d => d.AddYears(1), d => d.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>The lower header tier: days, weeks (Monday first), months or quarters.</summary>
    public IReadOnlyList<GanttTick> LowerTicks() => Zoom switch
    {
        GanttZoom.Day => Ticks(d => d, d => d.AddDays(1), d => d.Day.ToString(CultureInfo.InvariantCulture)),
        GanttZoom.Week => Ticks(WeekStart, d => d.AddDays(7), d => d.ToString("dd MMM", CultureInfo.InvariantCulture)),
        GanttZoom.Month => Ticks(d => new DateOnly(d.Year, d.Month, 1), d => d.AddMonths(1), d => d.ToString("MMM", CultureInfo.InvariantCulture)),
        _ => Ticks(QuarterStart, d => d.AddMonths(3), d => $"Q{((d.Month - 1) / 3) + 1}"),
    };

    private static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static DateOnly QuarterStart(DateOnly d) => new(d.Year, (((d.Month - 1) / 3) * 3) + 1, 1);

    /// <summary>Periods from the one holding <see cref="Start"/> to the one holding <see cref="End"/>, clipped to the timeline.</summary>
    private List<GanttTick> Ticks(Func<DateOnly, DateOnly> periodStart, Func<DateOnly, DateOnly> next, Func<DateOnly, string> label)
    {
        var ticks = new List<GanttTick>();
        for (var period = periodStart(Start); period <= End; period = next(period))
        {
            var from = period < Start ? Start : period;
            var until = next(period);
            var to = until > End ? End.AddDays(1) : until;
            ticks.Add(new GanttTick(X(from), (to.DayNumber - from.DayNumber) * DayWidth, label(period)));
        }

        return ticks;
    }
}
