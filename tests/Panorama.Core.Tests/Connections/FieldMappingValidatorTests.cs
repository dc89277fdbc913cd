using Panorama.Core.Connections;
using Panorama.Core.Fields;

namespace Panorama.Core.Tests.Connections;

public sealed class FieldMappingValidatorTests
{
    [Fact]
    public void Validate_ShouldRefuseNotSynchronized_OnASecondary()
    {
        var mapping = new FieldMapping([new(BuiltInField.StartDate, FieldMappingMode.NotSynchronized)]);

        var error = Assert.Single(FieldMappingValidator.Validate(mapping, ConnectionRole.Secondary, "beta", SiteFields.All));

        Assert.Equal(MappingError.NotSynchronizedOnSecondary, error.Code);
        Assert.Contains("only the primary connection", error.Message, StringComparison.Ordinal);
        Assert.Contains("beta", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShouldAcceptNotSynchronized_OnThePrimary()
    {
        var mapping = new FieldMapping([new(BuiltInField.StartDate, FieldMappingMode.NotSynchronized)]);

        Assert.Empty(FieldMappingValidator.Validate(mapping, ConnectionRole.Primary, "alpha", SiteFields.All));
    }

    [Fact]
    public void Validate_ShouldRefuseTheSameFieldForStartAndEnd()
    {
        var mapping = new FieldMapping(
        [
            new(BuiltInField.StartDate, FieldMappingMode.TwoWay, "duedate"),
            new(BuiltInField.EndDate, FieldMappingMode.TwoWay, "duedate"),
        ]);

        var error = Assert.Single(FieldMappingValidator.Validate(mapping, ConnectionRole.Primary, "alpha", SiteFields.All));

        Assert.Equal(MappingError.SameFieldTwice, error.Code);
        Assert.Contains("must each map to a different field", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BuiltInField.StartDate, "customfield_10500")]
    [InlineData(BuiltInField.EndDate, "summary")]
    [InlineData(BuiltInField.StoryPoints, "duedate")]
    [InlineData(BuiltInField.OriginalEstimate, "customfield_10300")]
    public void Validate_ShouldRefuseAFieldOfTheWrongType(BuiltInField field, string jiraFieldId)
    {
        var mapping = new FieldMapping([new(field, FieldMappingMode.TwoWay, jiraFieldId)]);

        var error = Assert.Single(FieldMappingValidator.Validate(mapping, ConnectionRole.Primary, "alpha", SiteFields.All));

        Assert.Equal(MappingError.IncompatibleField, error.Code);
        Assert.Contains(jiraFieldId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ShouldRefuseAFieldTheSiteDoesNotHave()
    {
        var mapping = new FieldMapping([new(BuiltInField.StartDate, FieldMappingMode.ReadOnly, "customfield_99999")]);

        var error = Assert.Single(FieldMappingValidator.Validate(mapping, ConnectionRole.Secondary, "beta", SiteFields.All));

        Assert.Equal(MappingError.UnknownField, error.Code);
    }

    [Fact]
    public void Validate_ShouldRefuseMappingAFieldThatIsNotMappable()
    {
        var mapping = new FieldMapping([new(BuiltInField.Summary, FieldMappingMode.TwoWay, "summary")]);

        Assert.Equal(MappingError.IncompatibleField, Assert.Single(FieldMappingValidator.Validate(mapping, ConnectionRole.Primary, "alpha", SiteFields.All)).Code);
    }
}
