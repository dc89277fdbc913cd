using Panorama.Core.Boxes;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;
using Panorama.Core.Tests.TestData;
using static Panorama.Core.Tests.Structure.WbsText;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Structure;

public sealed class BoxStructureTests
{
    private static readonly Guid Portfolio = Guid.NewGuid();
    private static readonly Box ProgramA = new(Guid.NewGuid(), "Program A", BoxType.Program, Portfolio, BoxPeriod.Open);
    private static readonly Box ProjectA1 = new(Guid.NewGuid(), "Project A1", BoxType.Project, ProgramA.Id, BoxPeriod.Open);
    private static readonly Box ProgramB = new(Guid.NewGuid(), "Program B", BoxType.Program, Portfolio, BoxPeriod.Open);
    private static readonly Box Empty = new(Guid.NewGuid(), "Program C", BoxType.Program, Portfolio, BoxPeriod.Open);

    private static readonly PlanTask Ops1 = Make(TestSites.Alpha, 1, "OPS-1");
    private static readonly PlanTask Ops2 = Make(TestSites.Alpha, 2, "OPS-2");
    private static readonly PlanTask Bet1 = Make(TestSites.Beta, 1, "BET-1");
    private static readonly PlanTask Bet2 = Make(TestSites.Beta, 2, "BET-2");

    private static SubBoxTree SubBoxes() => new(Portfolio,
    [
        new SubBox(ProgramA, new HashSet<TaskKey> { Ops1.Key, Ops2.Key, Bet1.Key }),
        new SubBox(ProjectA1, new HashSet<TaskKey> { Ops2.Key }),
        new SubBox(ProgramB, new HashSet<TaskKey> { Bet1.Key }),
        new SubBox(Empty, new HashSet<TaskKey>()),
    ]);

    [Fact]
    public void BoxStructure_ShouldNestSubBoxes_PutTasksInTheDeepestBox_AndLeaveTheRestAtTheEnd()
    {
        var tasks = Set(Ops1, Ops2, Bet1, Bet2);

        var tree = WbsBuilder.Build([new BoxStructureBuilder()], new StructureInput(tasks, [], SubBoxes()));

        Assert.Equal(
            Lines("[Program A]", "  [Project A1]", "    OPS-2", "  OPS-1", "  BET-1", "[Program B]", "[Program C]", "BET-2"),
            Render(tree));
        Assert.Equal(WbsRowKind.Box, tree[0].Kind);
        Assert.Equal(ProjectA1.Id, tree.NodeOf(tree[1])!.BoxId);
    }

    [Fact]
    public void BoxStructureBelowProject_ShouldShowOnlyTheBoxesThatHoldTasksOfThatProject()
    {
        var tasks = Set(Ops1, Ops2, Bet1, Bet2);

        var tree = WbsBuilder.Build([new ProjectBuilder(), new BoxStructureBuilder()], new StructureInput(tasks, [], SubBoxes()));

        Assert.Equal(
            Lines("[OPS]", "  [Program A]", "    [Project A1]", "      OPS-2", "    OPS-1",
                  "[BET]", "  [Program A]", "    BET-1", "  BET-2"),
            Render(tree));
    }

    [Fact]
    public void SubBoxTreeFrom_ShouldSkipArchivedBoxes_AndKeepTreeOrder()
    {
        var hierarchy = BoxHierarchy.Empty
            .Create(Portfolio, "Portfolio", BoxType.Portfolio, null, BoxPeriod.Open).Value.Hierarchy
            .Create(ProgramB.Id, ProgramB.Name, BoxType.Program, Portfolio, BoxPeriod.Open).Value.Hierarchy
            .Create(ProgramA.Id, ProgramA.Name, BoxType.Program, Portfolio, BoxPeriod.Open).Value.Hierarchy
            .Create(ProjectA1.Id, ProjectA1.Name, BoxType.Project, ProgramA.Id, BoxPeriod.Open).Value.Hierarchy
            .Create(Empty.Id, Empty.Name, BoxType.Program, Portfolio, BoxPeriod.Open).Value.Hierarchy;
        hierarchy = hierarchy.Archive(Empty.Id).Value.Hierarchy;

        var tree = SubBoxTree.From(hierarchy, Portfolio, _ => new HashSet<TaskKey>());

        Assert.Equal(["Program A", "Project A1", "Program B"], tree.Boxes.Select(b => b.Box.Name));
    }
}
