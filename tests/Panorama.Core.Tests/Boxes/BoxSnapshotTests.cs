using Panorama.Core.Boxes;
using Panorama.Core.Fields;
using Panorama.Core.Structure;
using Panorama.Core.Tests.TestData;
using Panorama.Core.Views;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Boxes;

public sealed class BoxSnapshotTests
{
    private static BoxSnapshot Snapshot() => new(StructureDefinition.Default, new StructureInput(Set(
        Make(TestSites.Alpha, 1, "OPS-1", type: Epic) with { OriginalEstimate = 100 },
        Make(TestSites.Alpha, 2, "OPS-2", parent: 1) with { OriginalEstimate = 50 }), []));

    [Fact]
    public void Page_ShouldServeRowsWithAggregates_AndReuseThemForTheSameColumns()
    {
        var snapshot = Snapshot();
        var view = View.Create("V", ViewKind.Column, [BuiltInField.Key, new(BuiltInField.OriginalEstimate, Aggregation.Sum)], TestSites.Directory).Value;

        var page = snapshot.Page(view, 0, 10);

        Assert.Equal(["OPS", "Summary of OPS-1", "Summary of OPS-2"], page.Select(r => r.Label));
        Assert.Equal(150L, page[0].Cells[1]);
        Assert.Same(snapshot.AggregatesFor(view.Columns), snapshot.AggregatesFor([.. view.Columns]));
    }

    [Fact]
    public void With_ShouldRebuildFromChangedTasks_AndLeaveTheOldSnapshotAsItWas()
    {
        var snapshot = Snapshot();

        var changed = snapshot.With([snapshot.Tasks[1] with { ParentIssueId = null }], []);

        Assert.Equal(1, snapshot.Tree[1].ChildCount);
        Assert.Equal(0, changed.Tree[1].ChildCount);
        Assert.Equal(2, changed.Tree[0].ChildCount);
    }

    [Fact]
    public void WithStructure_ShouldArrangeTheSameTasksAnew()
    {
        var flat = Snapshot().WithStructure(StructureDefinition.Create([], TestSites.Directory).Value);

        Assert.Equal(2, flat.Tree.TopLevelCount);
        Assert.All(flat.Tree.Rows, r => Assert.Equal(WbsRowKind.Task, r.Kind));
    }
}
