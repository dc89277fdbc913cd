using Panorama.Core.Dependencies;
using Panorama.Core.Fields;
using Panorama.Core.Structure;
using Panorama.Core.Tests.TestData;

namespace Panorama.Core.Tests.Structure;

public sealed class StructureDefinitionTests
{
    private static readonly Guid Alpha = TestSites.Alpha.ConnectionId;

    [Fact]
    public void Create_ShouldRefuseALinkTypeThatTheDependencyMappingAlreadyUses()
    {
        var rule = new DependencyLinkRule(Alpha, "10000", true, DependencyType.FS, DependencyStrength.Strong);

        var definition = StructureDefinition.Create([new LinkHierarchyBuilder(Alpha, "10000", LinkParentSide.From)], TestSites.Directory, [rule]);

        Assert.Contains("which the dependency mapping already uses", definition.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ShouldAcceptPerConnectionBuilders()
    {
        var definition = StructureDefinition.Create(
        [
            new BoxStructureBuilder(), new ProjectBuilder(TestSites.Beta.ConnectionId),
            new LinkHierarchyBuilder(Alpha, "10100", LinkParentSide.From), new JiraHierarchyBuilder(),
            new GroupByFieldBuilder([FieldRef.Native(Alpha, "customfield_10020"), FieldRef.Native(TestSites.Beta.ConnectionId, "customfield_10104")]),
        ], TestSites.Directory);

        Assert.True(definition.IsOk, definition.Refusal);
        Assert.Equal(5, definition.Value.Builders.Count);
    }

    [Fact]
    public void Create_ShouldRefuseBuildersThatCannotWork()
    {
        Assert.Contains("does not exist", StructureDefinition.Create([new ProjectBuilder(Guid.NewGuid())], TestSites.Directory).Refusal,
            StringComparison.Ordinal);
        Assert.Contains("needs a link type", StructureDefinition.Create([new LinkHierarchyBuilder(Alpha, " ", LinkParentSide.From)], TestSites.Directory).Refusal,
            StringComparison.Ordinal);
        Assert.Contains("two fields of one site", StructureDefinition.Create(
            [new GroupByFieldBuilder([FieldRef.Native(Alpha, "a"), FieldRef.Native(Alpha, "b")])], TestSites.Directory).Refusal, StringComparison.Ordinal);
        Assert.Contains("built-in field", StructureDefinition.Create(
            [new GroupByFieldBuilder([FieldRef.Of(BuiltInField.Assignee), FieldRef.Native(Alpha, "b")])], TestSites.Directory).Refusal, StringComparison.Ordinal);
    }
}
