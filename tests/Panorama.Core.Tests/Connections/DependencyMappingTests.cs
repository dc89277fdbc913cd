using Panorama.Core.Connections;
using Panorama.Core.Dependencies;
using Panorama.Core.Tasks;

namespace Panorama.Core.Tests.Connections;

public sealed class DependencyMappingTests
{
    private static readonly JiraLinkTypeInfo Blocks = new("10000", "Blocks", "is blocked by", "blocks");
    private static readonly JiraLinkTypeInfo Relates = new("10003", "Relates", "relates to", "relates to");
    private static readonly JiraLinkTypeInfo Parent = new("10100", "Parent-Child", "is child of", "is parent of");
    private static readonly JiraLinkTypeInfo[] LinkTypes = [Blocks, Relates, Parent];

    private static readonly Guid Alpha = Guid.NewGuid();

    [Fact]
    public void RulesFor_ShouldMakeTheSourceThePredecessor_ForAnOutwardMapping()
    {
        // SPEC 3.3: on X, outwardIssue Y reads "X blocks Y"; "Blocks, outward -> FS" makes X the predecessor.
        var mapping = new DependencyMapping([new("10000", LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]);

        var dependency = DependencyRoute.FromLink(new TaskLink(Alpha, 7, "10000", FromIssueId: 11442, ToIssueId: 11961), mapping.RulesFor(Alpha));

        Assert.Equal((new TaskKey(Alpha, 11442), new TaskKey(Alpha, 11961)), (dependency!.Predecessor, dependency.Successor));
        Assert.Null(DependencyRoute.FromLink(new TaskLink(Alpha, 8, "10003", 1, 2), mapping.RulesFor(Alpha)));
    }

    [Fact]
    public void RulesFor_ShouldSwapSides_ForAnInwardMapping()
    {
        var mapping = new DependencyMapping([new("10000", LinkDirection.Inward, DependencyType.SS, DependencyStrength.Soft)]);

        var route = DependencyRoute.Choose(new TaskKey(Alpha, 1), new TaskKey(Alpha, 2), DependencyType.SS, DependencyStrength.Soft, mapping.RulesFor(Alpha));

        Assert.Equal((new TaskKey(Alpha, 2), new TaskKey(Alpha, 1)), (route.LinkFrom, route.LinkTo));
    }

    [Fact]
    public void RulesFor_ShouldNeverChooseALinkTypeThatIsNotSynced()
    {
        var mapping = new DependencyMapping([new("10000", LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong, Synced: false)]);

        var route = DependencyRoute.Choose(new TaskKey(Alpha, 1), new TaskKey(Alpha, 2), DependencyType.FS, DependencyStrength.Strong, mapping.RulesFor(Alpha));

        Assert.Equal(DependencyOrigin.AppOnly, route.Origin);
    }

    [Fact]
    public void Validate_ShouldRefuseALinkTypeMappedTwice()
    {
        var mapping = new DependencyMapping(
        [
            new("10000", LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong),
            new("10000", LinkDirection.Inward, DependencyType.SS, DependencyStrength.Soft),
        ]);

        var error = Assert.Single(DependencyMappingValidator.Validate(mapping, "beta", LinkTypes, new HashSet<string>()));

        Assert.Equal(MappingError.LinkTypeMappedTwice, error.Code);
        Assert.Contains("'Blocks'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShouldRefuseASyncedDependencyOnALinkTypeAStructureBuilderUses()
    {
        var mapping = new DependencyMapping([new("10100", LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]);

        var error = Assert.Single(DependencyMappingValidator.Validate(mapping, "beta", LinkTypes, new HashSet<string> { "10100" }));

        Assert.Equal(MappingError.LinkTypeUsedByStructure, error.Code);
    }

    [Fact]
    public void Validate_ShouldRefuseAnUnknownLinkType()
    {
        var mapping = new DependencyMapping([new("424242", LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]);

        Assert.Equal(MappingError.UnknownLinkType, Assert.Single(DependencyMappingValidator.Validate(mapping, "beta", LinkTypes, new HashSet<string>())).Code);
    }
}
