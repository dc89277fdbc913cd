using Panorama.Core.Fields;
using Panorama.Core.Outcomes;
using Panorama.Core.Tasks;
using Panorama.Core.Views;
using Panorama.Data.Boxes.Storage;

namespace Panorama.Web.Boxes.Views;

/// <summary>Views between the API's form and the Core's, checked with the Core's rules.</summary>
internal static class ViewRequests
{
    public static Outcome<IReadOnlyList<View>> Parse(IReadOnlyList<ViewDto> dtos, ViewKind kind, SiteDirectory sites)
    {
        var views = new List<View>();
        foreach (var dto in dtos)
        {
            var columns = new List<ColumnRef>();
            foreach (var column in dto.Columns)
            {
                var field = FieldRef.Parse(column.Field, sites);
                if (!field.IsOk)
                {
                    return Outcome.Refused<IReadOnlyList<View>>($"View '{dto.Name}': {field.Refusal}");
                }

                if (!ViewJson.TryParseAggregation(column.Aggregation, out var aggregation))
                {
                    return Outcome.Refused<IReadOnlyList<View>>(
                        $"View '{dto.Name}': '{column.Aggregation}' is not an aggregation. Use none, sum, min, max, avg or count.");
                }

                columns.Add(new ColumnRef(field.Value, aggregation));
            }

            var view = View.Create(dto.Name, kind, columns, sites);
            if (!view.IsOk)
            {
                return Outcome.Refused<IReadOnlyList<View>>($"View '{dto.Name}': {view.Refusal}");
            }

            if (views.Any(v => string.Equals(v.Name, view.Value.Name, StringComparison.OrdinalIgnoreCase)))
            {
                return Outcome.Refused<IReadOnlyList<View>>($"Two {KindName(kind)} views are named '{dto.Name}'. Give each view its own name.");
            }

            views.Add(view.Value);
        }

        return views;
    }

    public static string KindName(ViewKind kind) => kind == ViewKind.Column ? "column" : "card";

    public static ViewResponse ToResponse(View view, SiteDirectory sites) => new(view.Name, [.. view.Columns.Select(c => new ViewColumnResponse(
        c.Field.ToDisplayString(sites), ViewJson.AggregationName(c.Aggregation), c.Field.IsNative,
        c.Field.IsNative ? sites.NameOf(c.Field.ConnectionId) : null))]);
}
