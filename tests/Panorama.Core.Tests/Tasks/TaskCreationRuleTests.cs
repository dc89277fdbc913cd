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
}
