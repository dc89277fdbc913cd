using Panorama.Core.Connections;
using Panorama.Core.Fields;

namespace Panorama.Core.Tests.Connections;

public sealed class FieldMappingDefaultsTests
{
    [Fact]
    public void For_ShouldFindPrimaryFieldsBySchema_NotById()
    {
        var mapping = FieldMappingDefaults.For(ConnectionRole.Primary, SiteFields.All);

        Assert.Equal("customfield_10234", mapping.JiraFieldFor(BuiltInField.StartDate));
        Assert.Equal("duedate", mapping.JiraFieldFor(BuiltInField.EndDate));
        Assert.Equal("customfield_10022", mapping.JiraFieldFor(BuiltInField.BaselineStart));
        Assert.Equal("customfield_10023", mapping.JiraFieldFor(BuiltInField.BaselineEnd));
        Assert.Equal("customfield_10401", mapping.JiraFieldFor(BuiltInField.StoryPoints));
        Assert.Equal("timeoriginalestimate", mapping.JiraFieldFor(BuiltInField.OriginalEstimate));
        Assert.Equal(FieldMappingMode.NotSynchronized, mapping.For(BuiltInField.Progress)!.Mode);
        Assert.Empty(mapping.Unmapped);
        Assert.Empty(FieldMappingValidator.Validate(mapping, ConnectionRole.Primary, "alpha", SiteFields.All));
    }

    [Fact]
    public void For_ShouldKeepAValueInPanorama_WhenThePrimaryLacksTheField()
    {
        var mapping = FieldMappingDefaults.For(ConnectionRole.Primary, [SiteFields.Summary, SiteFields.DueDate]);

        Assert.Equal(FieldMappingMode.NotSynchronized, mapping.For(BuiltInField.StartDate)!.Mode);
        Assert.Equal("duedate", mapping.JiraFieldFor(BuiltInField.EndDate));
    }

    [Fact]
    public void For_ShouldStartEmpty_ForASecondary()
    {
        var mapping = FieldMappingDefaults.For(ConnectionRole.Secondary, SiteFields.All);

        Assert.Empty(mapping.Entries);
        Assert.Equal(BuiltInFields.Mappable, mapping.Unmapped);
    }
}
