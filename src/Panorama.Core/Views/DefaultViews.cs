using Panorama.Core.Boxes;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;

namespace Panorama.Core.Views;

/// <summary>
/// The views a new box of each type starts with: portfolios and programs look at dates and progress across sites,
/// projects at estimates, iterations at who does what and story points.
/// </summary>
public static class DefaultViews
{
    public const string ColumnViewName = "Default";
    public const string CardViewName = "Default cards";

    public static IReadOnlyList<View> For(BoxType type, SiteDirectory sites)
    {
        IReadOnlyList<ColumnRef> columns = type.Name switch
        {
            "Portfolio" or "Program" =>
            [
                BuiltInField.Key, BuiltInField.Summary, BuiltInField.Site, BuiltInField.StatusCategory,
                new(BuiltInField.StartDate, Aggregation.Min), new(BuiltInField.EndDate, Aggregation.Max),
                BuiltInField.Progress, new(BuiltInField.OriginalEstimate, Aggregation.Sum),
            ],
            "Iteration" =>
            [
                BuiltInField.Key, BuiltInField.Summary, BuiltInField.Assignee, BuiltInField.StatusCategory,
                new(BuiltInField.StoryPoints, Aggregation.Sum), new(BuiltInField.RemainingEstimate, Aggregation.Sum),
            ],
            _ =>
            [
                BuiltInField.Key, BuiltInField.Summary, BuiltInField.Assignee, BuiltInField.StatusCategory,
                new(BuiltInField.StartDate, Aggregation.Min), new(BuiltInField.EndDate, Aggregation.Max),
                new(BuiltInField.OriginalEstimate, Aggregation.Sum), new(BuiltInField.RemainingEstimate, Aggregation.Sum),
                BuiltInField.Progress,
            ],
        };
        ColumnRef[] cards = [BuiltInField.Key, BuiltInField.Summary, BuiltInField.Assignee, BuiltInField.Site, BuiltInField.EndDate];
        return
        [
            View.Create(ColumnViewName, ViewKind.Column, columns, sites).Value,
            View.Create(CardViewName, ViewKind.Card, cards, sites).Value,
        ];
    }
}
