using Panorama.JiraSim.Jql;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.Seeding;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Tests.Jql;

public sealed class JqlTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
    private readonly SiteCatalog _catalog = CatalogFactory.Build("alpha", 0, 3, null, DateOnly.FromDateTime(Now.UtcDateTime));
    private readonly SiteState _state = new();

    public JqlTests() => new IssueSeeder(_catalog, _state, new Random(3), Now).Seed(300, 0);

    [Theory]
    [InlineData("project = X", true)]
    [InlineData("order by key desc", false)]
    [InlineData("", false)]
    [InlineData("(project in (A, B) OR id > 5) AND updated >= -15m ORDER BY updated DESC, key", true)]
    public void Parse_ShouldKnowWhetherAQueryIsBounded(string jql, bool bounded) =>
        Assert.Equal(bounded, JqlParser.Parse(jql).IsBounded);

    [Theory]
    [InlineData("project in (A, B")]
    [InlineData("project = ")]
    [InlineData("summary ~ \"unterminated")]
    [InlineData("project = A AND")]
    [InlineData("project = A order key")]
    public void Parse_ShouldRejectBrokenJql_WithJirasPrefix(string jql)
    {
        var error = Assert.Throws<JqlException>(() => JqlParser.Parse(jql));

        Assert.StartsWith("Error in the JQL Query:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ShouldCombineClausesAsJiraDoes()
    {
        var project = _catalog.Projects[0];
        var all = _state.IssuesById.Values.ToList();

        Assert.Equal(all.Count(i => i.Project == project), Count($"project = {project.Key}"));
        Assert.Equal(all.Count(i => i.Project != project), Count($"project != {project.Key}"));
        Assert.Equal(all.Count(i => i.Project == project && i.Type.Name == "Story"), Count($"project = \"{project.Name}\" AND issuetype = Story"));
        Assert.Equal(all.Count(i => i.Status.Category == StatusCategoryDef.Done || i.Type.Subtask),
            Count("statusCategory = Done OR issuetype in subTaskIssueTypes()"));
        Assert.Equal(all.Count(i => i.Status.Name != "Done"), Count("NOT status = Done"));
        Assert.Equal(all.Count(i => i.Updated >= Now.AddDays(-30)), Count("updated >= -30d"));
        Assert.Equal(all.Count(i => i.Updated <= new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), Count("updated <= \"2026/01/01\""));
        Assert.Equal(all.Count(i => i.DueDate is null), Count("duedate is EMPTY"));
        Assert.Equal(all.Count(i => i.StartDate >= new DateOnly(2026, 6, 1)), Count("\"Start date\" >= 2026-06-01"));
        Assert.Equal(all.Count(i => i.AssigneeId is null), Count("assignee is empty"));
        var pivot = all.OrderBy(i => i.Id).ElementAt(100).Id;
        Assert.Equal(all.Count(i => i.Id > pivot), Count($"id > {pivot}"));
        var keys = all.Take(3).Select(i => i.Key).ToList();
        Assert.Equal(3, Count($"key in ({string.Join(", ", keys)})"));
    }

    [Fact]
    public void OrderBy_ShouldSortAndBreakTiesById()
    {
        var query = JqlParser.Parse("project is not empty ORDER BY duedate ASC, key DESC");
        var comparison = JqlSorter.Build(query.OrderBy, _catalog);
        var sorted = _state.IssuesById.Values.ToList();
        sorted.Sort(comparison);

        var dated = sorted.TakeWhile(i => i.DueDate is not null).ToList();
        Assert.Equal(dated.Select(i => i.DueDate), dated.Select(i => i.DueDate).Order());
        Assert.All(sorted.Skip(dated.Count), i => Assert.Null(i.DueDate));
        Assert.Throws<JqlException>(() => JqlSorter.Build(JqlParser.Parse("id > 1 ORDER BY colour").OrderBy, _catalog));
    }

    [Fact]
    public void Evaluate_ShouldRejectUnknownFieldsOperatorsAndValues()
    {
        Assert.Throws<JqlException>(() => Count("colour = red"));
        Assert.Throws<JqlException>(() => Count("project > A"));
        Assert.Throws<JqlException>(() => Count("status = Sleeping"));
        Assert.Throws<JqlException>(() => Count("updated >= yesterday"));
    }

    private int Count(string jql)
    {
        var query = JqlParser.Parse(jql);
        var predicate = JqlCompiler.Compile(query.Where, new JqlContext(_catalog, _state, _catalog.TechnicalAccountId, Now));
        return _state.IssuesById.Values.Count(predicate);
    }

    public void Dispose() => _state.Dispose();
}
