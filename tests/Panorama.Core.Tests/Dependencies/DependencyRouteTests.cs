using Panorama.Core.Dependencies;
using Panorama.Core.Tasks;
using Panorama.Core.Tests.TestData;

namespace Panorama.Core.Tests.Dependencies;

public sealed class DependencyRouteTests
{
    private static readonly TaskKey A1 = new(TestSites.Alpha.ConnectionId, 1);
    private static readonly TaskKey A2 = new(TestSites.Alpha.ConnectionId, 2);
    private static readonly TaskKey B1 = new(TestSites.Beta.ConnectionId, 1);
    private static readonly DependencyLinkRule Blocks = new(TestSites.Alpha.ConnectionId, "10000", OutwardIsPredecessor: true, DependencyType.FS, DependencyStrength.Strong);

    [Fact]
    public void Choose_ShouldMakeACrossSiteDependencyAppOnly_EvenWhenALinkTypeIsMapped()
    {
        var route = DependencyRoute.Choose(A1, B1, DependencyType.FS, DependencyStrength.Strong, [Blocks]);

        Assert.Equal(DependencyOrigin.AppOnly, route.Origin);
    }

    [Fact]
    public void Choose_ShouldSyncASameSiteDependency_WhenTheMappingMapsALinkType()
    {
        var route = DependencyRoute.Choose(A1, A2, DependencyType.FS, DependencyStrength.Strong, [Blocks]);

        Assert.Equal(DependencyOrigin.Synced, route.Origin);
        Assert.Equal("10000", route.Rule!.LinkTypeId);
        Assert.Equal((A1, A2), (route.LinkFrom, route.LinkTo));
    }

    [Fact]
    public void Choose_ShouldKeepASameSiteDependencyAppOnly_WhenNoRuleMapsItsTypeAndStrength() =>
        Assert.Equal(DependencyOrigin.AppOnly, DependencyRoute.Choose(A1, A2, DependencyType.SS, DependencyStrength.Strong, [Blocks]).Origin);

    [Theory]
    [InlineData(true, 1L, 2L)]
    [InlineData(false, 2L, 1L)]
    public void FromLink_ShouldReadJirasOutwardDirectionThroughTheMapping(bool outwardIsPredecessor, long predecessor, long successor)
    {
        var rule = Blocks with { OutwardIsPredecessor = outwardIsPredecessor };

        var dependency = DependencyRoute.FromLink(new TaskLink(TestSites.Alpha.ConnectionId, 77, "10000", 1, 2), [rule])!;

        Assert.Equal((predecessor, successor), (dependency.Predecessor.IssueId, dependency.Successor.IssueId));
        Assert.Equal((DependencyOrigin.Synced, 77L), (dependency.Origin, dependency.LinkId));
    }

    [Fact]
    public void FromLink_ShouldIgnoreUnmappedLinkTypes() =>
        Assert.Null(DependencyRoute.FromLink(new TaskLink(TestSites.Alpha.ConnectionId, 77, "10003", 1, 2), [Blocks]));

    [Fact]
    public void Dependency_ShouldAllowOnlyAppOnlyAcrossSites_AndNeverOnItself()
    {
        Assert.True(Dependency.AppOnly(A1, B1, DependencyType.FS, lagDays: -2).Value.CrossesSites);
        Assert.Contains("cannot join tasks of two different sites",
            Dependency.Synced(A1, B1, 5, DependencyType.FS, DependencyStrength.Strong).Refusal, StringComparison.Ordinal);
        Assert.Contains("cannot depend on itself", Dependency.AppOnly(A1, A1, DependencyType.FS).Refusal, StringComparison.Ordinal);
    }
}
