using Panorama.Core.Fields;
using Panorama.Core.Structure;
using Panorama.Core.Tasks;
using Panorama.Core.Tests.TestData;
using static Panorama.Core.Tests.Structure.WbsText;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Structure;

public sealed class WbsBuilderTests
{
    private static readonly SiteRef Alpha = TestSites.Alpha;
    private static readonly SiteRef Beta = TestSites.Beta;

    private static WbsTree Build(TaskSet tasks, params StructureBuilder[] builders) =>
        WbsBuilder.Build(builders, new StructureInput(tasks, []));

    [Fact]
    public void ProjectThenJiraHierarchy_ShouldNestEpicStorySubtaskUnderTheirProject()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", type: Epic),
            Make(Alpha, 2, "OPS-2", parent: 1),
            Make(Alpha, 3, "OPS-3", parent: 2, type: SubTask),
            Make(Alpha, 4, "OPS-4"),
            Make(Alpha, 5, "WEB-1"));

        var tree = Build(tasks, new ProjectBuilder(), new JiraHierarchyBuilder());

        Assert.Equal(Lines("[OPS]", "  OPS-1", "    OPS-2", "      OPS-3", "  OPS-4", "[WEB]", "  WEB-1"), Render(tree));
    }

    [Fact]
    public void NoBuilders_ShouldListEveryTaskFlat_PrimarySiteFirst_InIssueNumberOrder()
    {
        var tasks = Set(Make(Beta, 7, "BET-10"), Make(Alpha, 9, "OPS-10"), Make(Beta, 8, "BET-9"), Make(Alpha, 1, "OPS-9"));

        var tree = Build(tasks);

        Assert.Equal(Lines("OPS-9", "OPS-10", "BET-9", "BET-10"), Render(tree));
    }

    [Fact]
    public void ProjectAboveHierarchy_ShouldWin_WhenAStoryIsInAnotherProjectThanItsEpic()
    {
        var tasks = Set(Make(Alpha, 1, "OPS-1", type: Epic), Make(Alpha, 2, "WEB-1", parent: 1));

        var tree = Build(tasks, new ProjectBuilder(), new JiraHierarchyBuilder());

        Assert.Equal(Lines("[OPS]", "  OPS-1", "[WEB]", "  WEB-1"), Render(tree));
    }

    [Fact]
    public void HierarchyAboveProject_ShouldWin_WhenAStoryIsInAnotherProjectThanItsEpic()
    {
        var tasks = Set(Make(Alpha, 1, "OPS-1", type: Epic), Make(Alpha, 2, "WEB-1", parent: 1), Make(Alpha, 3, "WEB-2"));

        var tree = Build(tasks, new JiraHierarchyBuilder(), new ProjectBuilder());

        Assert.Equal(Lines("[OPS]", "  OPS-1", "    WEB-1", "[WEB]", "  WEB-2"), Render(tree));
    }

    [Fact]
    public void LinkHierarchyAboveJiraHierarchy_ShouldPlaceATaskUnderItsLinkParent()
    {
        var tasks = Set(Make(Alpha, 1, "OPS-1", type: Epic), Make(Alpha, 2, "OPS-2"), Make(Alpha, 3, "OPS-3", parent: 1));
        var links = new[] { new TaskLink(Alpha.ConnectionId, 900, "contains", FromIssueId: 2, ToIssueId: 3) };
        var link = new LinkHierarchyBuilder(Alpha.ConnectionId, "contains", LinkParentSide.From);

        var linkFirst = WbsBuilder.Build([link, new JiraHierarchyBuilder()], new StructureInput(tasks, links));
        var jiraFirst = WbsBuilder.Build([new JiraHierarchyBuilder(), link], new StructureInput(tasks, links));

        Assert.Equal(Lines("OPS-1", "OPS-2", "  OPS-3"), Render(linkFirst));
        Assert.Equal(Lines("OPS-1", "  OPS-3", "OPS-2"), Render(jiraFirst));
    }

    [Theory]
    [InlineData(LinkParentSide.From, "OPS-1", "OPS-2")]
    [InlineData(LinkParentSide.To, "OPS-2", "OPS-1")]
    public void LinkHierarchy_ShouldFollowTheStatedDirection(LinkParentSide side, string parent, string child)
    {
        var tasks = Set(Make(Alpha, 1, "OPS-1"), Make(Alpha, 2, "OPS-2"));
        var links = new[] { new TaskLink(Alpha.ConnectionId, 900, "10100", FromIssueId: 1, ToIssueId: 2) };

        var tree = WbsBuilder.Build([new LinkHierarchyBuilder(Alpha.ConnectionId, "10100", side)], new StructureInput(tasks, links));

        Assert.Equal(Lines(parent, "  " + child), Render(tree));
    }

    [Fact]
    public void LinkHierarchy_ShouldIgnoreOtherLinkTypesAndOtherSites()
    {
        var tasks = Set(Make(Alpha, 1, "OPS-1"), Make(Alpha, 2, "OPS-2"), Make(Beta, 1, "BET-1"), Make(Beta, 2, "BET-2"));
        var links = new[]
        {
            new TaskLink(Alpha.ConnectionId, 900, "10200", 1, 2),
            new TaskLink(Beta.ConnectionId, 901, "10100", 1, 2),
        };

        var tree = WbsBuilder.Build([new LinkHierarchyBuilder(Alpha.ConnectionId, "10100", LinkParentSide.From)], new StructureInput(tasks, links));

        Assert.Equal(Lines("OPS-1", "OPS-2", "BET-1", "BET-2"), Render(tree));
    }

    [Fact]
    public void LinkCycle_ShouldKeepEveryTaskOnce_AndNotHang()
    {
        var tasks = Set(Make(Alpha, 1, "OPS-1"), Make(Alpha, 2, "OPS-2"), Make(Alpha, 3, "OPS-3"));
        var links = new[]
        {
            new TaskLink(Alpha.ConnectionId, 1, "t", 1, 2),
            new TaskLink(Alpha.ConnectionId, 2, "t", 2, 3),
            new TaskLink(Alpha.ConnectionId, 3, "t", 3, 1),
        };

        var tree = WbsBuilder.Build([new LinkHierarchyBuilder(Alpha.ConnectionId, "t", LinkParentSide.From)], new StructureInput(tasks, links));

        Assert.Equal(3, tree.Count);
        Assert.Equal(1, tree.TopLevelCount);
        Assert.All(tasks.Tasks, t => Assert.Single(tree.RowsOf(t.Key)));
    }

    [Fact]
    public void BuilderLimitedToOneSite_ShouldLeaveOtherSitesTasksToTheBuildersBelow()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", type: Epic), Make(Alpha, 2, "OPS-2", parent: 1),
            Make(Beta, 1, "BET-1", type: Epic), Make(Beta, 2, "BET-2", parent: 1));

        var tree = Build(tasks, new ProjectBuilder(Beta.ConnectionId), new JiraHierarchyBuilder(Alpha.ConnectionId));

        Assert.Equal(Lines("[BET]", "  BET-1", "  BET-2", "OPS-1", "  OPS-2"), Render(tree));
    }

    [Fact]
    public void GroupBy_ShouldShowATaskUnderEachValue_AndTasksWithoutValueLast()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", fields: """{"components":[{"id":"1","name":"Web"},{"id":"2","name":"Api"}]}"""),
            Make(Alpha, 2, "OPS-2", fields: """{"components":[{"id":"1","name":"Web"}]}"""),
            Make(Alpha, 3, "OPS-3", fields: """{"components":[]}"""));

        var tree = Build(tasks, new GroupByFieldBuilder(FieldRef.Native(Alpha.ConnectionId, "components")));

        Assert.Equal(Lines("[Api]", "  OPS-1", "[Web]", "  OPS-1", "  OPS-2", "[(no value)]", "  OPS-3"), Render(tree));
        Assert.Equal(2, tree.RowsOf(tasks[0].Key).Count);
    }

    [Fact]
    public void GroupByBelowHierarchy_ShouldCarryTheWholeSubtreeIntoEachGroup()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", type: Epic, fields: """{"labels":["red","blue"]}"""),
            Make(Alpha, 2, "OPS-2", parent: 1, fields: """{"labels":["green"]}"""));

        var tree = Build(tasks, new JiraHierarchyBuilder(), new GroupByFieldBuilder(FieldRef.Native(Alpha.ConnectionId, "labels")));

        Assert.Equal(Lines("[blue]", "  OPS-1", "    OPS-2", "[red]", "  OPS-1", "    OPS-2"), Render(tree));
    }

    [Fact]
    public void GroupByAboveHierarchy_ShouldKeepChildrenOnlyInTheGroupsTheyShare()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", type: Epic, fields: """{"labels":["red","blue"]}"""),
            Make(Alpha, 2, "OPS-2", parent: 1, fields: """{"labels":["red"]}"""));

        var tree = Build(tasks, new GroupByFieldBuilder(FieldRef.Native(Alpha.ConnectionId, "labels")), new JiraHierarchyBuilder());

        Assert.Equal(Lines("[blue]", "  OPS-1", "[red]", "  OPS-1", "    OPS-2"), Render(tree));
    }

    [Fact]
    public void GroupByTheSameFieldOnTwoSites_ShouldMergeValuesByName()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", fields: """{"customfield_10020":[{"id":1,"name":"Sprint 1"}]}"""),
            Make(Beta, 1, "BET-1", fields: """{"customfield_10104":[{"id":7,"name":"Sprint 1"}]}"""),
            Make(TestSites.Gamma, 1, "GAM-1"));
        var sprint = new GroupByFieldBuilder([
            FieldRef.Native(Alpha.ConnectionId, "customfield_10020"), FieldRef.Native(Beta.ConnectionId, "customfield_10104")]);

        var tree = Build(tasks, sprint);

        Assert.Equal(Lines("[Sprint 1]", "  OPS-1", "  BET-1", "GAM-1"), Render(tree));
    }

    [Fact]
    public void GroupByStatusCategory_ShouldMergeSites_InToDoInProgressDoneOrder()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", category: StatusCategory.Done),
            Make(Beta, 1, "BET-1", category: StatusCategory.InProgress),
            Make(Alpha, 2, "OPS-2", category: StatusCategory.InProgress),
            Make(Beta, 2, "BET-2"));

        var tree = Build(tasks, new GroupByFieldBuilder(BuiltInField.StatusCategory));

        Assert.Equal(Lines("[To Do]", "  BET-2", "[In Progress]", "  OPS-2", "  BET-1", "[Done]", "  OPS-1"), Render(tree));
    }

    [Fact]
    public void GroupByNativeStatusOfTwoSites_ShouldNeverMergeSameNamedStatuses()
    {
        var tasks = Set(Make(Alpha, 1, "OPS-1", category: StatusCategory.InProgress), Make(Beta, 1, "BET-1", category: StatusCategory.InProgress));
        var status = new GroupByFieldBuilder([FieldRef.Native(Alpha.ConnectionId, "status"), FieldRef.Native(Beta.ConnectionId, "status")]);

        var tree = Build(tasks, status);

        Assert.Equal(Lines("[In Progress]", "  OPS-1", "[In Progress]", "  BET-1"), Render(tree));
        Assert.Equal([Alpha.ConnectionId, Beta.ConnectionId], tree.Children(-1).Select(r => tree.NodeOf(tree[r])!.ConnectionId!.Value));
    }

    [Fact]
    public void GroupByNativeField_ShouldReadEscapedTextNumbersAndThePreferredNameOfObjects()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", fields: """{"cf":[{"id":"7","value":"Caf\u00e9 \"A\""},{"name":"B","displayName":"Bee"}]}"""),
            Make(Alpha, 2, "OPS-2", fields: """{"cf":[12, "Bee", true, {"id": 5}, null, ""]}"""));

        var tree = Build(tasks, new GroupByFieldBuilder(FieldRef.Native(Alpha.ConnectionId, "cf")));

        Assert.Equal(Lines("[5]", "  OPS-2", "[12]", "  OPS-2", "[Bee]", "  OPS-1", "  OPS-2", "[Café \"A\"]", "  OPS-1", "[true]", "  OPS-2"), Render(tree));
    }

    [Fact]
    public void EveryTask_ShouldAppearExactlyOnce_WithoutGroupBy_ForRandomHierarchiesAndLinks()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var all = new List<PlanTask>();
        var links = new List<TaskLink>();
        for (var i = 1; i <= 300; i++)
        {
            var site = random.Next(2) == 0 ? Alpha : Beta;
            long? parent = random.Next(3) == 0 ? null : random.Next(1, 301);
            all.Add(Make(site, i, $"{(random.Next(2) == 0 ? "OPS" : "WEB")}-{i}", parent: parent));
            links.Add(new TaskLink(site.ConnectionId, i, "t", random.Next(1, 301), random.Next(1, 301)));
        }

        var tasks = TaskSet.Create(all, TestSites.Directory);
        var builders = new StructureBuilder[]
        {
            new LinkHierarchyBuilder(Alpha.ConnectionId, "t", LinkParentSide.From), new ProjectBuilder(Beta.ConnectionId),
            new JiraHierarchyBuilder(), new LinkHierarchyBuilder(Beta.ConnectionId, "t", LinkParentSide.To),
        };

        var tree = WbsBuilder.Build(builders, new StructureInput(tasks, links));

        var taskRows = tree.Rows.Where(r => r.Kind == WbsRowKind.Task).Select(r => r.TaskIndex).ToList();
        Assert.True(taskRows.Count == tasks.Count && taskRows.Distinct().Count() == tasks.Count, $"seed {seed}");
    }
}
