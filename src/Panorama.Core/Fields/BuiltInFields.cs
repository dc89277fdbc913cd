using System.Collections.Frozen;

namespace Panorama.Core.Fields;

/// <summary>Facts about each <see cref="BuiltInField"/>: its JSON name (SPEC 1), its kind and whether it is mapped.</summary>
public static class BuiltInFields
{
    private static readonly FrozenDictionary<BuiltInField, string> Names = new Dictionary<BuiltInField, string>
    {
        [BuiltInField.StartDate] = "startDate",
        [BuiltInField.EndDate] = "endDate",
        [BuiltInField.Progress] = "progress",
        [BuiltInField.OriginalEstimate] = "originalEstimate",
        [BuiltInField.RemainingEstimate] = "remainingEstimate",
        [BuiltInField.TimeSpent] = "timeSpent",
        [BuiltInField.StoryPoints] = "storyPoints",
        [BuiltInField.StatusCategory] = "statusCategory",
        [BuiltInField.Assignee] = "assignee",
        [BuiltInField.Summary] = "summary",
        [BuiltInField.Key] = "key",
        [BuiltInField.Site] = "site",
        [BuiltInField.IssueType] = "issueType",
        [BuiltInField.BaselineStart] = "baselineStart",
        [BuiltInField.BaselineEnd] = "baselineEnd",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, BuiltInField> ByName =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The built-in fields whose Jira location is chosen per connection in the field mapping (issue 6). The others
    /// come from Jira's system fields (summary, status, assignee...) or from Panorama itself (site).
    /// </summary>
    public static IReadOnlyList<BuiltInField> Mappable { get; } =
    [
        BuiltInField.StartDate, BuiltInField.EndDate, BuiltInField.Progress, BuiltInField.OriginalEstimate,
        BuiltInField.RemainingEstimate, BuiltInField.StoryPoints, BuiltInField.BaselineStart, BuiltInField.BaselineEnd,
    ];

    /// <summary>The name used in JSON, query strings and views, e.g. <c>startDate</c>.</summary>
    public static string JsonName(this BuiltInField field) => Names[field];

    public static bool TryParse(string name, out BuiltInField field) => ByName.TryGetValue(name, out field);

    public static BuiltInFieldKind Kind(this BuiltInField field) => field switch
    {
        BuiltInField.StartDate or BuiltInField.EndDate or BuiltInField.BaselineStart or BuiltInField.BaselineEnd => BuiltInFieldKind.Date,
        BuiltInField.OriginalEstimate or BuiltInField.RemainingEstimate or BuiltInField.TimeSpent => BuiltInFieldKind.Seconds,
        BuiltInField.Progress or BuiltInField.StoryPoints => BuiltInFieldKind.Number,
        BuiltInField.StatusCategory => BuiltInFieldKind.StatusCategory,
        _ => BuiltInFieldKind.Text,
    };
}
