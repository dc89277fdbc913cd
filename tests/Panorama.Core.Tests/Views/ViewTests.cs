using Panorama.Core.Boxes;
using Panorama.Core.Fields;
using Panorama.Core.Tests.TestData;
using Panorama.Core.Views;

namespace Panorama.Core.Tests.Views;

public sealed class ViewTests
{
    [Fact]
    public void Create_ShouldAcceptBuiltInAndNativeFieldsOfAnySite()
    {
        var view = View.Create("Cross-site", ViewKind.Column,
            [BuiltInField.Key, new(FieldRef.Native(TestSites.Beta.ConnectionId, "customfield_10016"), Aggregation.Sum),
             new(FieldRef.Native(TestSites.Gamma.ConnectionId, "fixVersions"), Aggregation.Count)], TestSites.Directory);

        Assert.True(view.IsOk, view.Refusal);
        Assert.Equal(3, view.Value.Columns.Count);
    }

    [Theory]
    [InlineData(ViewKind.Column, BuiltInField.Summary, Aggregation.Sum, "Sum does not apply to summary")]
    [InlineData(ViewKind.Column, BuiltInField.StartDate, Aggregation.Avg, "Avg does not apply to startDate")]
    [InlineData(ViewKind.Card, BuiltInField.OriginalEstimate, Aggregation.Sum, "Card views do not aggregate")]
    public void Create_ShouldRefuseAnAggregationThatDoesNotFit(ViewKind kind, BuiltInField field, Aggregation aggregation, string message)
    {
        var view = View.Create("V", kind, [new(FieldRef.Of(field), aggregation)], TestSites.Directory);

        Assert.False(view.IsOk);
        Assert.Contains(message, view.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ShouldRefuseAFieldShownTwice_AndAnUnknownSite()
    {
        Assert.Contains("twice", View.Create("V", ViewKind.Column, [BuiltInField.Key, BuiltInField.Key], TestSites.Directory).Refusal,
            StringComparison.Ordinal);
        Assert.Contains("does not exist", View.Create("V", ViewKind.Column, [new(FieldRef.Native(Guid.NewGuid(), "x"))], TestSites.Directory).Refusal,
            StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultViews_ShouldGiveEveryBoxTypeAColumnViewAndACardView()
    {
        foreach (var type in BoxType.BuiltIn.Append(BoxType.Define("Release train").Value))
        {
            var views = DefaultViews.For(type, TestSites.Directory);

            Assert.Equal([ViewKind.Column, ViewKind.Card], views.Select(v => v.Kind));
        }

        Assert.Contains(DefaultViews.For(BoxType.Iteration, TestSites.Directory)[0].Columns, c => c.Field == FieldRef.Of(BuiltInField.StoryPoints));
    }
}
