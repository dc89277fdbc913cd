using Panorama.Core.Dependencies;
using Panorama.Web.Components.Dev;
using Panorama.Web.Components.Gantt;

namespace Panorama.Web.Tests.Components.Dev;

public sealed class DemoGanttSourceTests
{
    private static readonly DemoGanttData Data = new(20_000, seed: 42);

    [Fact]
    public async Task Rows_ShouldComeInTreeOrder_WithTasksUnderEpicsUnderProjects()
    {
        var source = new DemoGanttSource(Data);

        var page = await source.GetRowsAsync(0, 100, TestContext.Current.CancellationToken);

        Assert.Equal(20_000, page.TotalCount);
        Assert.Equal((GanttRowKind.Group, 0), (page.Rows[0].Kind, page.Rows[0].Depth));
        Assert.Equal((GanttRowKind.Summary, 1), (page.Rows[1].Kind, page.Rows[1].Depth));
        Assert.All(page.Rows.Where(r => r.Kind == GanttRowKind.Task), r =>
        {
            Assert.Equal(2, r.Depth);
            Assert.True(r.Start <= r.End);
            Assert.InRange(r.Start!.Value, DemoGanttData.TimelineStart, DemoGanttData.TimelineEnd);
        });
    }

    [Fact]
    public async Task Dependencies_ShouldJoinOnlyTheGivenRows_AndUseEveryType()
    {
        var source = new DemoGanttSource(Data);
        var ids = Enumerable.Range(0, 400).Select(DemoGanttData.IdOf).ToHashSet();

        var links = await source.GetDependenciesAsync(ids, TestContext.Current.CancellationToken);

        Assert.All(links, l => Assert.True(ids.Contains(l.FromId) && ids.Contains(l.ToId)));
        Assert.Equal(Enum.GetValues<DependencyType>().Order(), links.Select(l => l.Type).Distinct().Order());
        Assert.Contains(links, l => l.IsCritical);
        Assert.Contains(links, l => l.Conflict is not null);
    }

    [Fact]
    public async Task Edits_ShouldShowInLaterPages_WithTheirWriteState()
    {
        var source = new DemoGanttSource(Data);
        var day = new DateOnly(2026, 3, 2);

        source.SetDates("T2", day, day.AddDays(2), GanttWriteState.Pending);
        source.AddDependency(new GanttDependency("T2", "T9", DependencyType.SS));
        var row = (await source.GetRowsAsync(2, 1, TestContext.Current.CancellationToken)).Rows[0];
        var links = await source.GetDependenciesAsync(new HashSet<string> { "T2", "T9" }, TestContext.Current.CancellationToken);

        Assert.Equal((day, day.AddDays(2), GanttWriteState.Pending), (row.Start!.Value, row.End!.Value, row.WriteState));
        Assert.Equal("2026-03-02", row.Cells[1]);
        Assert.Contains(links, l => l is { FromId: "T2", ToId: "T9", Type: DependencyType.SS });
    }
}
