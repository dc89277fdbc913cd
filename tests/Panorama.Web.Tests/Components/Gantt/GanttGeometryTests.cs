using Panorama.Core.Dependencies;
using Panorama.Web.Components.Gantt;

namespace Panorama.Web.Tests.Components.Gantt;

public sealed class GanttGeometryTests
{
    private static readonly GanttScale Scale = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), GanttZoom.Day);

    [Fact]
    public void Bar_ShouldSpanFromTheStartDayToTheEndOfTheInclusiveEndDay()
    {
        var bar = GanttGeometry.Bar(Scale, Task(new DateOnly(2026, 1, 3), new DateOnly(2026, 1, 5)));

        Assert.Equal(2 * 32, bar.Left);
        Assert.Equal(3 * 32, bar.Width);
    }

    [Fact]
    public void Bar_ShouldBeADiamondInTheMiddleOfItsDay_ForAMilestone()
    {
        var day = new DateOnly(2026, 1, 3);

        var bar = GanttGeometry.Bar(Scale, Task(day, day) with { IsMilestone = true });

        Assert.Equal((2 * 32) + 16, bar.Left + (bar.Width / 2));
        Assert.Equal(2 * GanttGeometry.MilestoneRadius, bar.Width);
    }

    [Theory]
    [InlineData(true, false, DependencyType.FS)]
    [InlineData(false, false, DependencyType.SS)]
    [InlineData(true, true, DependencyType.FF)]
    [InlineData(false, true, DependencyType.SF)]
    public void TypeOf_ShouldNameTheEndsTheUserJoined(bool fromFinish, bool toFinish, DependencyType expected) =>
        Assert.Equal(expected, GanttGeometry.TypeOf(fromFinish, toFinish));

    [Theory]
    [InlineData(DependencyType.FS, "M100,14 H108 V42 H120")]
    [InlineData(DependencyType.SS, "M50,14 H42 V42 H120")]
    [InlineData(DependencyType.FF, "M100,14 H208 V42 H200")]
    [InlineData(DependencyType.SF, "M50,14 H42 V28 H208 V42 H200")]
    public void ArrowPath_ShouldLeaveAndEnterAtTheEndsTheTypeNames(DependencyType type, string expected)
    {
        var from = new GanttBar(50, 50);
        var to = new GanttBar(120, 80);

        var path = GanttGeometry.ArrowPath(type, from, 14, to, 42, 28);

        Assert.Equal(expected, path);
    }

    [Fact]
    public void ArrowPath_ShouldTurnBackBetweenTheRows_WhenTheSuccessorStartsBeforeThePredecessorEnds()
    {
        var path = GanttGeometry.ArrowPath(DependencyType.FS, new GanttBar(100, 100), 14, new GanttBar(120, 40), 42, 28);

        Assert.Equal("M200,14 H208 V28 H112 V42 H120", path);
    }

    private static GanttRow Task(DateOnly start, DateOnly end) => new("T1", GanttRowKind.Task, 0, "Task") { Start = start, End = end };
}
