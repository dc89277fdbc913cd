using Panorama.Core.Connections;
using Panorama.Core.Dependencies;

namespace Panorama.Core.Tests.Connections;

public sealed class DependencyMappingTests
{
    private static readonly JiraLinkTypeInfo Blocks = new("10000", "Blocks", "is blocked by", "blocks");
    private static readonly JiraLinkTypeInfo Relates = new("10003", "Relates", "relates to", "relates to");
    private static readonly JiraLinkTypeInfo Parent = new("10100", "Parent-Child", "is child of", "is parent of");
    private static readonly JiraLinkTypeInfo[] LinkTypes = [Blocks, Relates, Parent];

    [Fact]
    public void Resolve_ShouldMakeTheSourceThePredecessor_ForAnOutwardMapping()
    {
        // SPEC 3.3: on X, outwardIssue Y reads "X blocks Y"; "Blocks, outward -> FS" makes X the predecessor.
        var mapping = new DependencyMapping([new("10000", LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong)]);

        var dependency = mapping.Resolve("10000", sourceIssueId: 11442, destinationIssueId: 11961);

        Assert.Equal(new LinkAsDependency(11442, 11961, DependencyType.FS, DependencyStrength.Strong), dependency);
        Assert.Null(mapping.Resolve("10003", 1, 2));
    }

    [Fact]
    public void Resolve_ShouldSwapSides_ForAnInwardMapping()
    {
        var mapping = new DependencyMapping([new("10000", LinkDirection.Inward, DependencyType.SS, DependencyStrength.Soft)]);

        Assert.Equal(new LinkAsDependency(2, 1, DependencyType.SS, DependencyStrength.Soft), mapping.Resolve("10000", 1, 2));
        Assert.Equal(new LinkToCreate("10000", 2, 1), mapping.LinkFor(DependencyType.SS, predecessorIssueId: 1, successorIssueId: 2));
    }

    [Fact]
    public void LinkFor_ShouldBeNull_WhenNoSyncedLinkTypeHasTheType()
    {
        var mapping = new DependencyMapping([new("10000", LinkDirection.Outward, DependencyType.FS, DependencyStrength.Strong, Synced: false)]);

        Assert.Null(mapping.LinkFor(DependencyType.FS, 1, 2));
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
