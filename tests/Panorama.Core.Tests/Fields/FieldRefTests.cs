using Panorama.Core.Fields;
using Panorama.Core.Tests.TestData;

namespace Panorama.Core.Tests.Fields;

public sealed class FieldRefTests
{
    [Fact]
    public void Parse_ShouldReadBuiltInNames_SiteNames_AndConnectionIds()
    {
        var beta = TestSites.Beta.ConnectionId;

        Assert.Equal(FieldRef.Of(BuiltInField.StartDate), FieldRef.Parse("startDate", TestSites.Directory).Value);
        Assert.Equal(FieldRef.Native(beta, "customfield_10016"), FieldRef.Parse("beta:customfield_10016", TestSites.Directory).Value);
        Assert.Equal(FieldRef.Native(beta, "components"), FieldRef.Parse($"{beta:N}:components", TestSites.Directory).Value);
    }

    [Fact]
    public void StorageAndDisplayForms_ShouldRoundTrip()
    {
        var field = FieldRef.Native(TestSites.Gamma.ConnectionId, "customfield_1");

        Assert.Equal("gamma:customfield_1", field.ToDisplayString(TestSites.Directory));
        Assert.Equal(field, FieldRef.Parse(field.ToStorageString(), TestSites.Directory).Value);
    }

    [Theory]
    [InlineData("dueDate", "is not a built-in field")]
    [InlineData("delta:customfield_1", "'delta' is not a connected site")]
    [InlineData("beta:", "names no field id")]
    public void Parse_ShouldRefuseWhatItCannotResolve(string text, string message) =>
        Assert.Contains(message, FieldRef.Parse(text, TestSites.Directory).Refusal, StringComparison.Ordinal);
}
