using Panorama.Web.Components.Gantt;

namespace Panorama.Web.Tests.Components.Gantt;

public sealed class GanttScaleTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Theory]
    [InlineData(GanttZoom.Day, 32)]
    [InlineData(GanttZoom.Week, 14)]
    [InlineData(GanttZoom.Month, 4)]
    [InlineData(GanttZoom.Quarter, 1.5)]
    public void X_ShouldPlaceEachDayAtWholeDayWidths_ForEveryZoom(GanttZoom zoom, double dayWidth)
    {
        var scale = new GanttScale(Start, new DateOnly(2026, 12, 31), zoom);

        Assert.Equal(0, scale.X(Start));
        Assert.Equal(10 * dayWidth, scale.X(Start.AddDays(10)));
        Assert.Equal(365 * dayWidth, scale.Width);
        Assert.Equal(Start.AddDays(10), scale.DateAt((10 * dayWidth) + (dayWidth / 2)));
    }

    [Fact]
    public void DaysFor_ShouldRoundADragToTheNearestWholeDay()
    {
        var scale = new GanttScale(Start, Start.AddDays(100), GanttZoom.Week);

        Assert.Equal(3, scale.DaysFor(40));
        Assert.Equal(-2, scale.DaysFor(-22));
        Assert.Equal(0, scale.DaysFor(6.9));
    }

    [Fact]
    public void Ticks_ShouldCoverTheTimelineExactly_WithMonthsOverWeeks()
    {
        var scale = new GanttScale(new DateOnly(2026, 1, 14), new DateOnly(2026, 3, 10), GanttZoom.Week);

        var months = scale.UpperTicks();
        var weeks = scale.LowerTicks();

        Assert.Equal(["Jan 2026", "Feb 2026", "Mar 2026"], months.Select(t => t.Label));
        Assert.Equal(0, months[0].X);
        Assert.Equal(scale.Width, months.Sum(t => t.Width), 6);
        Assert.Equal(scale.Width, weeks.Sum(t => t.Width), 6);
        Assert.Equal("12 Jan", weeks[0].Label); // the Monday of the week holding 14 January, clipped to the start
        Assert.Equal(5 * 14, weeks[0].Width);
    }

    [Fact]
    public void Ticks_ShouldShowYearsOverQuarters_WhenZoomedToQuarters()
    {
        var scale = new GanttScale(new DateOnly(2026, 2, 1), new DateOnly(2027, 4, 30), GanttZoom.Quarter);

        Assert.Equal(["2026", "2027"], scale.UpperTicks().Select(t => t.Label));
        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q1", "Q2"], scale.LowerTicks().Select(t => t.Label));
    }
}
