using Panorama.Core.Fields;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;
using Panorama.Core.Tests.TestData;
using Panorama.Core.Views;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Views;

public sealed class WbsAggregatesTests
{
    private static readonly SiteRef Alpha = TestSites.Alpha;
    private static readonly SiteRef Beta = TestSites.Beta;

    private static PlanTask Dated(SiteRef site, long id, string key, string start, string end, double? progress = null,
        long? estimate = null, long? parent = null, string? fields = null) => Make(site, id, key, parent: parent, fields: fields) with
        {
            StartDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            EndDate = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Progress = progress,
            OriginalEstimate = estimate,
        };

    [Fact]
    public void Summary_ShouldTakeEarliestStart_LatestEnd_AndProgressWeightedByOriginalEstimate()
    {
        var tasks = Set(
            Dated(Alpha, 1, "OPS-1", "2026-02-01", "2026-02-10", progress: 100, estimate: 3600),
            Dated(Alpha, 2, "OPS-2", "2026-01-05", "2026-01-20", progress: 0, estimate: 3 * 3600));
        var tree = WbsBuilder.Build([new ProjectBuilder()], new StructureInput(tasks, []));

        var summary = WbsAggregates.Compute(tree, []).Summary(0)!;

        Assert.Equal(new RowSummary(new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 10), 25, 2), summary);
    }

    [Fact]
    public void Summary_ShouldWeighAnUnestimatedTaskLikeTheAverageEstimatedOne()
    {
        var tasks = Set(
            Dated(Alpha, 1, "OPS-1", "2026-01-05", "2026-01-05", progress: 100, estimate: 1000),
            Dated(Alpha, 2, "OPS-2", "2026-01-05", "2026-01-05", progress: 100, estimate: 3000),
            Dated(Alpha, 3, "OPS-3", "2026-01-05", "2026-01-05", progress: 0));
        var tree = WbsBuilder.Build([new ProjectBuilder()], new StructureInput(tasks, []));

        // Average estimate 2000: (1000·100 + 3000·100 + 2000·0) / 6000.
        Assert.Equal(400000.0 / 6000, WbsAggregates.Compute(tree, []).Summary(0)!.Progress!.Value, 6);
    }

    [Fact]
    public void Summary_ShouldWeighEveryTaskTheSame_WhenNoneIsEstimated_AndLeaveOutTasksWithoutProgress()
    {
        var tasks = Set(
            Dated(Alpha, 1, "OPS-1", "2026-01-05", "2026-01-05", progress: 20),
            Dated(Alpha, 2, "OPS-2", "2026-01-05", "2026-01-05", progress: 60),
            Dated(Alpha, 3, "OPS-3", "2026-01-05", "2026-01-05"));
        var tree = WbsBuilder.Build([new ProjectBuilder()], new StructureInput(tasks, []));

        Assert.Equal(40, WbsAggregates.Compute(tree, []).Summary(0)!.Progress);
    }

    [Fact]
    public void Columns_ShouldAggregateOverTheSubtree_IncludingTheParentTaskItself()
    {
        var tasks = Set(
            Dated(Alpha, 1, "OPS-1", "2026-01-05", "2026-01-09", estimate: 100),
            Dated(Alpha, 2, "OPS-2", "2026-01-12", "2026-01-16", estimate: 200, parent: 1),
            Dated(Alpha, 3, "OPS-3", "2026-01-19", "2026-01-23", estimate: 300, parent: 1));
        var tree = WbsBuilder.Build([new ProjectBuilder(), new JiraHierarchyBuilder()], new StructureInput(tasks, []));
        ColumnRef[] columns =
        [
            new(BuiltInField.OriginalEstimate, Aggregation.Sum), new(BuiltInField.OriginalEstimate, Aggregation.Avg),
            new(BuiltInField.EndDate, Aggregation.Max), new(BuiltInField.Key, Aggregation.Count), BuiltInField.StartDate,
        ];

        var aggregates = WbsAggregates.Compute(tree, columns);

        // Row 0 is project OPS, row 1 the parent task OPS-1, rows 2 and 3 its children.
        Assert.Equal([600L, 200L, "2026-01-23", 3L, "2026-01-05"], Enumerable.Range(0, 5).Select(c => aggregates.Cell(0, c)));
        Assert.Equal([600L, 200L, "2026-01-23", 3L, "2026-01-05"], Enumerable.Range(0, 5).Select(c => aggregates.Cell(1, c)));
        Assert.Equal([200L, 200L, "2026-01-16", "OPS-2", "2026-01-12"], Enumerable.Range(0, 5).Select(c => aggregates.Cell(2, c)));
    }

    [Fact]
    public void Columns_ShouldCountATaskOnce_WhenGroupByShowsItInTwoGroups()
    {
        var tasks = Set(
            Dated(Alpha, 1, "OPS-1", "2026-01-05", "2026-01-09", estimate: 100, fields: """{"labels":["a","b"]}"""),
            Dated(Alpha, 2, "OPS-2", "2026-01-05", "2026-01-09", estimate: 10, fields: """{"labels":["a"]}"""));
        var tree = WbsBuilder.Build(
            [new ProjectBuilder(), new GroupByFieldBuilder(FieldRef.Native(Alpha.ConnectionId, "labels"))],
            new StructureInput(tasks, []));

        var aggregates = WbsAggregates.Compute(tree, [new(BuiltInField.OriginalEstimate, Aggregation.Sum)]);

        Assert.Equal(110L, aggregates.Cell(0, 0));
        Assert.Equal(2, aggregates.Summary(0)!.TaskCount);
        Assert.Equal(110L, aggregates.Cell(1, 0));
        Assert.Equal(100L, aggregates.Cell(4, 0));
    }

    [Fact]
    public void NativeColumns_ShouldBeEmptyForOtherSitesTasks_AndAggregateNumbers()
    {
        var points = FieldRef.Native(Beta.ConnectionId, "customfield_10016");
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", fields: """{"customfield_10016": 8}"""),
            Make(Beta, 1, "BET-1", fields: """{"customfield_10016": 3}"""),
            Make(Beta, 2, "BET-2", fields: """{"customfield_10016": 5.5, "components":[{"name":"Web"}]}"""));
        var tree = WbsBuilder.Build([new GroupByFieldBuilder(BuiltInField.StatusCategory)], new StructureInput(tasks, []));

        var rows = WbsGrid.Page(WbsAggregates.Compute(tree, [new(points, Aggregation.Sum), new(FieldRef.Native(Beta.ConnectionId, "components"))]), 0, 10);

        Assert.Equal(["To Do", "Summary of OPS-1", "Summary of BET-1", "Summary of BET-2"], rows.Select(r => r.Label));
        Assert.Equal(["8.5:Double", "", "3:Int64", "5.5:Double"], rows.Select(r => r.Cells[0] is { } v ? $"{v}:{v.GetType().Name}" : ""));
        Assert.Equal(new[] { "Web" }, Assert.IsType<string[]>(rows[3].Cells[1]));
    }

    [Fact]
    public void GroupRows_ShouldShowTheSummaryDatesAndProgress_WithoutAnAggregation()
    {
        var tasks = Set(
            Dated(Alpha, 1, "OPS-1", "2026-01-05", "2026-01-09", progress: 50),
            Dated(Beta, 1, "BET-1", "2026-03-02", "2026-03-06", progress: 100));
        var tree = WbsBuilder.Build([new GroupByFieldBuilder(BuiltInField.StatusCategory)], new StructureInput(tasks, []));

        var row = WbsGrid.Page(WbsAggregates.Compute(tree, [BuiltInField.StartDate, BuiltInField.EndDate, BuiltInField.Progress, BuiltInField.Summary]), 0, 1)[0];

        Assert.Equal(["2026-01-05", "2026-03-06", 75.0, null], row.Cells);
        Assert.Equal(WbsRowKind.Group, row.Row.Kind);
    }
}
