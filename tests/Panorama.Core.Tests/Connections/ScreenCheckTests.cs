using Panorama.Core.Connections;
using Panorama.Core.Fields;

namespace Panorama.Core.Tests.Connections;

public sealed class ScreenCheckTests
{
    [Fact]
    public void Run_ShouldNameTheOffScreenFieldWithTheFix()
    {
        var mapping = new FieldMapping(
        [
            new(BuiltInField.StartDate, FieldMappingMode.TwoWay, "customfield_10234"),
            new(BuiltInField.EndDate, FieldMappingMode.TwoWay, "duedate"),
            new(BuiltInField.StoryPoints, FieldMappingMode.ReadOnly, "customfield_10401"),
        ]);
        var screens = new[]
        {
            new EditScreen("OPS", "Story", new HashSet<string> { "summary", "duedate" }),
            new EditScreen("OPS", "Epic", new HashSet<string> { "summary", "duedate", "customfield_10234" }),
        };

        var finding = Assert.Single(ScreenCheck.Run(mapping, "beta", SiteFields.All, screens));

        Assert.Equal(("OPS", "Story", BuiltInField.StartDate), (finding.ProjectKey, finding.IssueTypeName, finding.Field));
        Assert.Equal(
            "Add field customfield_10234 (Start date) to the edit screen of project OPS (issue type Story) on site beta.",
            finding.Fix);
    }
}
