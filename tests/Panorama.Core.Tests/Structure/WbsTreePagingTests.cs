using Panorama.Core.Structure;
using Panorama.Core.Tasks;
using Panorama.Core.Tests.TestData;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Structure;

public sealed class WbsTreePagingTests
{
    // [OPS] > OPS-1 > (OPS-2 > OPS-3), OPS-4; [WEB] > WEB-1
    private static WbsTree Tree() => WbsBuilder.Build([new ProjectBuilder(), new JiraHierarchyBuilder()], new StructureInput(Set(
        Make(TestSites.Alpha, 1, "OPS-1", type: Epic),
        Make(TestSites.Alpha, 2, "OPS-2", parent: 1),
        Make(TestSites.Alpha, 3, "OPS-3", parent: 2),
        Make(TestSites.Alpha, 4, "OPS-4", parent: 1),
        Make(TestSites.Alpha, 5, "WEB-1")), []));

    [Fact]
    public void Rows_ShouldCarryDepthParentAndChildRanges()
    {
        var tree = Tree();

        Assert.Equal(7, tree.Count);
        Assert.Equal(2, tree.TopLevelCount);
        Assert.Equal(new WbsRow(0, WbsRowKind.Project, 0, -1, 5, 1, -1, tree[0].NodeIndex), tree[0]);
        Assert.Equal((1, 0, 5, 2), (tree[1].Depth, tree[1].Parent, tree[1].SubtreeEnd, tree[1].ChildCount));
        Assert.Equal((3, 2, 4, 0), (tree[3].Depth, tree[3].Parent, tree[3].SubtreeEnd, tree[3].ChildCount));
        Assert.Equal([2, 4], tree.Children(1));
        Assert.Equal([0, 5], tree.Children(-1));
        Assert.Equal("WEB-1", tree.TaskOf(tree[6])!.IssueKey);
    }

    [Theory]
    [InlineData(0, 3, new[] { 0, 1, 2 })]
    [InlineData(5, 100, new[] { 5, 6 })]
    [InlineData(7, 10, new int[0])]
    [InlineData(50, 10, new int[0])]
    public void Page_ShouldReturnTheRequestedSliceInTreeOrder(int offset, int limit, int[] expected)
    {
        var page = Tree().Page(offset, limit);

        Assert.Equal(expected, page.Select(r => r.Index));
    }

    [Fact]
    public void Page_ShouldRefuseNegativeArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tree().Page(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tree().Page(0, -1));
    }

    [Fact]
    public void RowsOf_ShouldFindTheTasksRow_AndNothingForATaskOutsideTheBox()
    {
        var tree = Tree();

        Assert.Equal([3], tree.RowsOf(new TaskKey(TestSites.Alpha.ConnectionId, 3)));
        Assert.Empty(tree.RowsOf(new TaskKey(TestSites.Beta.ConnectionId, 3)));
    }
}
