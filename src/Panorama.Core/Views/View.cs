using Panorama.Core.Fields;
using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;

namespace Panorama.Core.Views;

/// <summary>A named, ordered list of columns: a column view for the grid or a card view for the board.</summary>
public sealed record View
{
    public const int MaxNameLength = 100;

    private View(string name, ViewKind kind, IReadOnlyList<ColumnRef> columns)
    {
        Name = name;
        Kind = kind;
        Columns = columns;
    }

    public string Name { get; }

    public ViewKind Kind { get; }

    public IReadOnlyList<ColumnRef> Columns { get; }

    public static Outcome<View> Create(string name, ViewKind kind, IEnumerable<ColumnRef> columns, SiteDirectory sites)
    {
        var list = columns.ToList();
        var trimmed = name.Trim();
        var problem = trimmed.Length is 0 or > MaxNameLength ? $"A view needs a name of 1 to {MaxNameLength} characters."
            : list.Count == 0 ? "A view needs at least one column."
            : list.GroupBy(c => c.Field).FirstOrDefault(g => g.Count() > 1) is { } twice
                ? $"The view shows {twice.Key.ToDisplayString(sites)} twice. Keep one of them."
            : list.Select(c => Check(c, kind, sites)).FirstOrDefault(p => p is not null);
        return problem is null ? new View(trimmed, kind, list) : Outcome.Refused<View>(problem);
    }

    private static string? Check(ColumnRef column, ViewKind kind, SiteDirectory sites)
    {
        var field = column.Field;
        var name = field.ToDisplayString(sites);
        if (field.IsNative && sites.Find(field.ConnectionId) is null)
        {
            return $"Column {field.FieldId} belongs to a connection that does not exist. Choose a connected site's field.";
        }

        if (column.Aggregation == Aggregation.None)
        {
            return null;
        }

        if (kind == ViewKind.Card)
        {
            return $"Card views do not aggregate; remove the {column.Aggregation} from {name}.";
        }

        return Applies(column.Aggregation, field.BuiltIn?.Kind())
            ? null
            : $"{column.Aggregation} does not apply to {name}. Use count, or min and max for dates, or sum, avg, min and max for numbers.";
    }

    /// <summary>
    /// Whether a column view may aggregate a field of this kind so. A native field (null kind) takes any: its values'
    /// kind is only known per site, so the aggregation skips what is not a number or date.
    /// </summary>
    public static bool Applies(Aggregation aggregation, BuiltInFieldKind? kind) => (aggregation, kind) switch
    {
        (Aggregation.None or Aggregation.Count, _) or (_, null) => true,
        (Aggregation.Sum or Aggregation.Avg, BuiltInFieldKind.Number or BuiltInFieldKind.Seconds) => true,
        (Aggregation.Min or Aggregation.Max, BuiltInFieldKind.Number or BuiltInFieldKind.Seconds or BuiltInFieldKind.Date) => true,
        _ => false,
    };
}
