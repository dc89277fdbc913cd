using Panorama.Core.Scope;
using Panorama.Core.Tasks;
using Panorama.Core.Tests.TestData;

namespace Panorama.Core.Tests.Tasks;

public sealed class TaskCreationRuleTests
{
    [Fact]
    public void Check_ShouldRefuseASecondarySite_WithAMessageThatTasksAreCreatedInThePrimaryOnly()
    {
        var outcome = TaskCreationRule.Check(TestSites.Beta.ConnectionId, TestSites.Directory);

        Assert.False(outcome.IsOk);
        Assert.StartsWith("Tasks are created in the primary site only: 'beta' is a secondary site.", outcome.Refusal, StringComparison.Ordinal);
        Assert.Contains("Create the task in 'alpha'", outcome.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShouldChooseThePrimary_WhenItIsNamedOrNoSiteIsNamed()
    {
        Assert.Equal(TestSites.Alpha, TaskCreationRule.Check(TestSites.Alpha.ConnectionId, TestSites.Directory).Value);
        Assert.Equal(TestSites.Alpha, TaskCreationRule.Check(null, TestSites.Directory).Value);
    }

    [Fact]
    public void Check_ShouldRefuse_WhenNoPrimaryIsConnected_OrTheSiteIsUnknown()
    {
        Assert.Contains("No primary site", TaskCreationRule.Check(null, new SiteDirectory([TestSites.Beta])).Refusal, StringComparison.Ordinal);
        Assert.Contains("does not exist", TaskCreationRule.Check(Guid.NewGuid(), TestSites.Directory).Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShouldRefuseAProjectOutsideTheBoxsPrimaryScope_AndAcceptOneInside()
    {
        var scope = BoxScope.Create([ScopeIntegration.Create(TestSites.Alpha.ConnectionId, ["OPS", "WEB"], null).Value], TestSites.Directory).Value;

        Assert.Equal(TestSites.Alpha, TaskCreationRule.Check(null, "ops", scope, TestSites.Directory).Value);
        Assert.Contains("Project 'API' is not in this box's scope on 'alpha' (OPS, WEB)",
            TaskCreationRule.Check(null, "API", scope, TestSites.Directory).Refusal, StringComparison.Ordinal);
        Assert.Contains("no integration for the primary site 'alpha'",
            TaskCreationRule.Check(null, "OPS", BoxScope.Empty, TestSites.Directory).Refusal, StringComparison.Ordinal);
        Assert.StartsWith("Tasks are created in the primary site only",
            TaskCreationRule.Check(TestSites.Beta.ConnectionId, "OPS", scope, TestSites.Directory).Refusal, StringComparison.Ordinal);
    }
}
