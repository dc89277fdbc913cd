using Panorama.Core.Fields;

namespace Panorama.Core.Tests.Fields;

public sealed class BuiltInFieldsTests
{
    [Fact]
    public void JsonName_ShouldRoundTripThroughTryParse_ForEveryField()
    {
        foreach (var field in Enum.GetValues<BuiltInField>())
        {
            Assert.True(BuiltInFields.TryParse(field.JsonName(), out var parsed), field.ToString());
            Assert.Equal(field, parsed);
        }
    }

    [Theory]
    [InlineData("startDate", BuiltInFieldKind.Date)]
    [InlineData("baselineEnd", BuiltInFieldKind.Date)]
    [InlineData("originalEstimate", BuiltInFieldKind.Seconds)]
    [InlineData("storyPoints", BuiltInFieldKind.Number)]
    [InlineData("statusCategory", BuiltInFieldKind.StatusCategory)]
    [InlineData("assignee", BuiltInFieldKind.Text)]
    public void Kind_ShouldMatchTheSpec(string name, BuiltInFieldKind kind)
    {
        Assert.True(BuiltInFields.TryParse(name, out var field));
        Assert.Equal(kind, field.Kind());
    }

    [Fact]
    public void TryParse_ShouldRefuseAnUnknownName() => Assert.False(BuiltInFields.TryParse("dueDate", out _));
}
