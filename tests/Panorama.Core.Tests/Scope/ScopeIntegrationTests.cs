using Panorama.Core.Scope;
using Panorama.Core.Tests.TestData;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Scope;

public sealed class ScopeIntegrationTests
{
    private static readonly Guid Alpha = TestSites.Alpha.ConnectionId;

    private static ScopeIntegration Create(string[]? projects, string? jql, string? narrowing = null) =>
        ScopeIntegration.Create(Alpha, projects, jql, narrowing).Value;

    [Theory]
    [InlineData(new[] { "ops", "WEB", "OPS" }, null, null, "project in (\"OPS\", \"WEB\")")]
    [InlineData(new string[0], "assignee = currentUser()", null, "(assignee = currentUser())")]
    [InlineData(new[] { "OPS" }, "labels = x OR labels = y", null, "project in (\"OPS\") OR (labels = x OR labels = y)")]
    [InlineData(new[] { "OPS" }, null, "status != Done", "project in (\"OPS\") AND (status != Done)")]
    [InlineData(new[] { "OPS", "WEB" }, "labels = x", "status != Done OR priority = High",
        "(project in (\"OPS\", \"WEB\") OR (labels = x)) AND (status != Done OR priority = High)")]
    public void ToJql_ShouldOrTheSourcesAndAndTheNarrowing(string[] projects, string? jql, string? narrowing, string expected) =>
        Assert.Equal(expected, Create(projects, jql, narrowing).ToJql());

    [Fact]
    public void Quote_ShouldEscapeQuotesAndBackslashes_SoAKeyCannotChangeTheQuery()
    {
        Assert.Equal("\"AND\"", Jql.Quote("AND"));
        Assert.Equal("\"A\\\"B\\\\C\"", Jql.Quote("A\"B\\C"));
        Assert.Equal("project in (\"EMPTY\", \"X\\\") OR project in (\\\"Y\")", Jql.ProjectIn(["EMPTY", "X\") OR project in (\"Y"]));
    }

    [Theory]
    [InlineData(null, null, "needs at least one project or a JQL filter")]
    [InlineData("a = b) OR (c = d", null, "closes a parenthesis it never opened")]
    [InlineData("a = b", "x = \"y", "has a quote that is never closed")]
    [InlineData("a = b ORDER BY key", null, "holds ORDER BY")]
    [InlineData("(a = b", null, "opens a parenthesis it never closes")]
    public void Create_ShouldRefuseAScopeThatIsEmptyOrJqlThatWouldEscapeItsParentheses(string? jql, string? narrowing, string message)
    {
        var integration = ScopeIntegration.Create(Alpha, [], jql, narrowing);

        Assert.False(integration.IsOk);
        Assert.Contains(message, integration.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ShouldAcceptParenthesesAndOrderByInsideQuotes() =>
        Assert.True(ScopeIntegration.Create(Alpha, [], "summary ~ \"(order by)\" AND (a = b)").IsOk);

    [Fact]
    public void Evaluate_ShouldDecideProjectOnlyScopesLocally_AndAskJiraWhereJqlTakesPart()
    {
        var ops = Make(TestSites.Alpha, 1, "OPS-1");
        var web = Make(TestSites.Alpha, 2, "WEB-1");
        var betaOps = Make(TestSites.Beta, 1, "OPS-1");

        Assert.Equal(ScopeMatch.In, Create(["OPS"], null).Evaluate(ops));
        Assert.Equal(ScopeMatch.Out, Create(["OPS"], null).Evaluate(web));
        Assert.Equal(ScopeMatch.Out, Create(["OPS"], null).Evaluate(betaOps));
        Assert.Equal(ScopeMatch.AskJira, Create(["OPS"], "labels = x").Evaluate(web));
        Assert.Equal(ScopeMatch.In, Create(["OPS"], "labels = x").Evaluate(ops));
        Assert.Equal(ScopeMatch.AskJira, Create(["OPS"], null, "status != Done").Evaluate(ops));
        Assert.Equal(ScopeMatch.Out, Create(["OPS"], null, "status != Done").Evaluate(web));
    }

    [Fact]
    public void Membership_ShouldBatchChangedIdsBehindTheScopeJql()
    {
        var queries = ScopeJql.Membership(Create(["OPS"], "labels = x"), [5, 3, 9, 3], batchSize: 2);

        Assert.Equal(
        [
            "(project in (\"OPS\") OR (labels = x)) AND id in (3, 5)",
            "(project in (\"OPS\") OR (labels = x)) AND id in (9)",
        ], queries);
    }
}
