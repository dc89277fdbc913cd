using Panorama.Core.Fields;
using Panorama.Core.Grouping;
using Panorama.Core.Tasks;
using Panorama.Core.Tests.TestData;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Grouping;

public sealed class BoardTests
{
    private static readonly SiteRef Alpha = TestSites.Alpha;
    private static readonly SiteRef Beta = TestSites.Beta;

    [Fact]
    public void GroupByStatus_ShouldKeepSameNamedStatusesOfTwoSitesApart()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", category: StatusCategory.InProgress),
            Make(Beta, 1, "BET-1", category: StatusCategory.InProgress),
            Make(Beta, 2, "BET-2", category: StatusCategory.InProgress),
            Make(Alpha, 2, "OPS-2"));

        var groups = Board.Group(tasks, BoardGroupBy.Status);

        Assert.Equal(["To Do", "In Progress", "In Progress"], groups.Select(g => g.Label));
        Assert.Equal([Alpha, Alpha, Beta], groups.Select(g => g.Site));
        Assert.Equal(["OPS-1"], groups[1].Tasks.Select(t => t.IssueKey));
        Assert.Equal(["BET-1", "BET-2"], groups[2].Tasks.Select(t => t.IssueKey));
        Assert.Equal(3, groups.Select(g => g.Key).Distinct().Count());
    }

    [Fact]
    public void GroupByStatusCategory_ShouldMergeSites_AndShowAllThreeCategoriesInOrder()
    {
        var tasks = Set(
            Make(Alpha, 1, "OPS-1", category: StatusCategory.InProgress),
            Make(Beta, 1, "BET-1", category: StatusCategory.InProgress));

        var groups = Board.Group(tasks, BoardGroupBy.StatusCategory);

        Assert.Equal(["To Do", "In Progress", "Done"], groups.Select(g => g.Label));
        Assert.Equal(["OPS-1", "BET-1"], groups[1].Tasks.Select(t => t.IssueKey));
        Assert.Empty(groups[0].Tasks);
        Assert.All(groups, g => Assert.Null(g.Site));
    }

    [Fact]
    public void GroupByAssignee_ShouldMergeOnePersonAcrossSites_ByName_AndPutUnassignedLast()
    {
        var zoe = new Person("acc-zoe", "Zoe");
        var adam = new Person("acc-adam", "Adam");
        var tasks = Set(
            Make(Alpha, 1, "OPS-1") with { Assignee = zoe },
            Make(Beta, 1, "BET-1") with { Assignee = zoe },
            Make(Beta, 2, "BET-2") with { Assignee = adam },
            Make(Alpha, 2, "OPS-2"));

        var groups = Board.Group(tasks, BoardGroupBy.Assignee);

        Assert.Equal(["Adam", "Zoe", "Unassigned"], groups.Select(g => g.Label));
        Assert.Equal(["OPS-1", "BET-1"], groups[1].Tasks.Select(t => t.IssueKey));
        Assert.Equal(["OPS-2"], groups[2].Tasks.Select(t => t.IssueKey));
    }

    [Fact]
    public void GroupByNativeField_ShouldPutOtherSitesTasksUnderNoValue_AndNumbersInNumericOrder()
    {
        var points = FieldRef.Native(Beta.ConnectionId, "customfield_10016");
        var tasks = Set(
            Make(Beta, 1, "BET-1", fields: """{"customfield_10016": 13}"""),
            Make(Beta, 2, "BET-2", fields: """{"customfield_10016": 2}"""),
            Make(Beta, 3, "BET-3", fields: """{"customfield_10016": null}"""),
            Make(Alpha, 1, "OPS-1", fields: """{"customfield_10016": 5}"""));

        var groups = Board.Group(tasks, BoardGroupBy.ByField(points));

        Assert.Equal(["2", "13", "(no value)"], groups.Select(g => g.Label));
        Assert.Equal(["OPS-1", "BET-3"], groups[2].Tasks.Select(t => t.IssueKey));
    }

    [Fact]
    public void GroupByAMultiValuedField_ShouldPutACardOnEachOfItsValues()
    {
        var tasks = Set(Make(Alpha, 1, "OPS-1", fields: """{"fixVersions":[{"name":"1.0"},{"name":"1.1"}]}"""));

        var groups = Board.Group(tasks, BoardGroupBy.ByField(FieldRef.Native(Alpha.ConnectionId, "fixVersions")));

        Assert.Equal(["1.0", "1.1"], groups.Select(g => g.Label));
        Assert.All(groups, g => Assert.Single(g.Tasks));
    }

    [Theory]
    [InlineData("status", BoardGroupKind.Status)]
    [InlineData("statusCategory", BoardGroupKind.StatusCategory)]
    [InlineData("assignee", BoardGroupKind.Assignee)]
    [InlineData("issueType", BoardGroupKind.Field)]
    [InlineData("beta:customfield_10016", BoardGroupKind.Field)]
    public void Parse_ShouldReadTheQueryStringForms(string text, BoardGroupKind kind) =>
        Assert.Equal(kind, BoardGroupBy.Parse(text, TestSites.Directory).Value.Kind);

    [Fact]
    public void Parse_ShouldRefuseAnUnknownName() =>
        Assert.Contains("Cannot group the board by 'colour'", BoardGroupBy.Parse("colour", TestSites.Directory).Refusal, StringComparison.Ordinal);
}
