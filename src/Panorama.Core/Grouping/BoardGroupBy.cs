using Panorama.Core.Fields;
using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Grouping;

/// <summary>How a board groups its cards: <c>?groupBy=status|statusCategory|assignee|&lt;field&gt;</c>.</summary>
public sealed record BoardGroupBy(BoardGroupKind Kind, FieldRef? Field = null)
{
    public static BoardGroupBy Status { get; } = new(BoardGroupKind.Status);

    public static BoardGroupBy StatusCategory { get; } = new(BoardGroupKind.StatusCategory);

    public static BoardGroupBy Assignee { get; } = new(BoardGroupKind.Assignee);

    public static BoardGroupBy ByField(FieldRef field) => field.BuiltIn switch
    {
        BuiltInField.StatusCategory => StatusCategory,
        BuiltInField.Assignee => Assignee,
        _ => new BoardGroupBy(BoardGroupKind.Field, field),
    };

    /// <summary>Parses <c>status</c>, <c>statusCategory</c>, <c>assignee</c>, a built-in field or <c>site:fieldId</c>.</summary>
    public static Outcome<BoardGroupBy> Parse(string? text, SiteDirectory sites)
    {
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), "status", StringComparison.OrdinalIgnoreCase))
        {
            return Status;
        }

        var field = FieldRef.Parse(text, sites);
        return field.IsOk ? ByField(field.Value) : Outcome.Refused<BoardGroupBy>(
            $"Cannot group the board by '{text}'. Use status, statusCategory, assignee, a built-in field or '<site>:<field id>'.");
    }
}
