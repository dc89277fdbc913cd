using Panorama.Core.Scope;
using Panorama.Core.Tests.TestData;
using static Panorama.Core.Tests.TestData.TestTasks;

namespace Panorama.Core.Tests.Scope;

public sealed class BoxScopeTests
{
    private static readonly Guid Alpha = TestSites.Alpha.ConnectionId;
    private static readonly Guid Beta = TestSites.Beta.ConnectionId;

    private static BoxScope Scope(params ScopeIntegration[] integrations) => BoxScope.Create(integrations, TestSites.Directory).Value;

    private static ScopeIntegration Integration(Guid connection, string[] projects, string? jql = null) =>
        ScopeIntegration.Create(connection, projects, jql).Value;

    [Fact]
    public void Evaluate_ShouldTakeTheUnionOverIntegrations_AndLetNoSiteInWithoutOne()
    {
        var scope = Scope(Integration(Alpha, ["OPS"]), Integration(Beta, ["BET"], "labels = x"));

        Assert.Equal(ScopeMatch.In, scope.Evaluate(Make(TestSites.Alpha, 1, "OPS-1")));
        Assert.Equal(ScopeMatch.In, scope.Evaluate(Make(TestSites.Beta, 1, "BET-1")));
        Assert.Equal(ScopeMatch.AskJira, scope.Evaluate(Make(TestSites.Beta, 2, "XYZ-1")));
        Assert.Equal(ScopeMatch.Out, scope.Evaluate(Make(TestSites.Alpha, 2, "XYZ-1")));
        Assert.Equal(ScopeMatch.Out, scope.Evaluate(Make(TestSites.Gamma, 1, "OPS-1")));
    }

    [Fact]
    public void Create_ShouldRefuseTwoIntegrationsForOneConnection_AndAnUnknownConnection()
    {
        Assert.Contains("already has an integration for 'alpha'",
            BoxScope.Create([Integration(Alpha, ["A"]), Integration(Alpha, ["B"])], TestSites.Directory).Refusal, StringComparison.Ordinal);
        Assert.Contains("does not exist", BoxScope.Create([Integration(Guid.NewGuid(), ["A"])], TestSites.Directory).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void With_ShouldAddOrReplaceTheConnectionsIntegration()
    {
        var scope = Scope(Integration(Alpha, ["OPS"]))
            .With(Integration(Beta, ["BET"]), TestSites.Directory).Value
            .With(Integration(Alpha, ["WEB"]), TestSites.Directory).Value;

        Assert.Equal([Alpha, Beta], scope.Integrations.Select(i => i.ConnectionId));
        Assert.Equal(["WEB"], scope.For(Alpha)!.ProjectKeys);
        Assert.Null(scope.Without(Beta).For(Beta));
    }

    [Fact]
    public void WebhookFilter_ShouldCoverTheProjectsOfEveryBox_OrEveryIssueWhenAScopeUsesJql()
    {
        var portfolio = Scope(Integration(Alpha, ["OPS", "WEB"]), Integration(Beta, ["BET"], "labels = x"));
        var program = Scope(Integration(Alpha, ["API", "OPS"]));

        var alpha = WebhookFilter.For(Alpha, [portfolio, program]);
        var beta = WebhookFilter.For(Beta, [portfolio, program]);
        var gamma = WebhookFilter.For(TestSites.Gamma.ConnectionId, [portfolio, program]);

        Assert.Equal("project in (\"API\", \"OPS\", \"WEB\")", alpha.Jql);
        Assert.True(beta is { InScope: true, AllIssues: true, Jql: null });
        Assert.False(gamma.InScope);
    }

    [Fact]
    public void Union_ShouldOrTheBoxesQueriesForAConnection()
    {
        var a = Scope(Integration(Alpha, ["OPS"]));
        var b = Scope(Integration(Alpha, [], "labels = x"));

        Assert.Equal("((labels = x)) OR (project in (\"OPS\"))", ScopeJql.Union(Alpha, [a, b, a]));
        Assert.Null(ScopeJql.Union(Beta, [a, b]));
    }

    [Fact]
    public void WebhookFilter_ForOneConnectionsIntegrations_ShouldJoinTheirProjects_AndBeEmptyWithNone()
    {
        var filter = WebhookFilter.For([Integration(Alpha, ["OPS", "APP"]), Integration(Alpha, ["OPS", "WEB"])]);
        var none = WebhookFilter.For([]);

        Assert.Equal("project in (\"APP\", \"OPS\", \"WEB\")", filter.Jql);
        Assert.False(none.InScope);
        Assert.Null(none.Jql);
    }
}
