using System.Text.Json;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;
using Panorama.Core.Views;

namespace Panorama.Data.Boxes.Storage;

/// <summary>A view's columns as stored: <c>[{"field":"startDate","aggregation":"min"}]</c>, fields in storage form.</summary>
public static class ViewJson
{
    public static string Write(IEnumerable<ColumnRef> columns) => JsonSerializer.Serialize(
        columns.Select(c => new StoredColumn(c.Field.ToStorageString(), AggregationName(c.Aggregation))).ToArray(),
        BoxJsonContext.Default.StoredColumnArray);

    /// <summary>The stored columns; those of a connection that no longer exists are left out.</summary>
    public static IReadOnlyList<ColumnRef> Read(string json, SiteDirectory sites) =>
        (JsonSerializer.Deserialize(json, BoxJsonContext.Default.StoredColumnArray) ?? [])
            .Select(c => (Field: StoredFieldRef.Parse(c.Field), Aggregation: TryParseAggregation(c.Aggregation, out var a) ? a : Aggregation.None))
            .Where(c => c.Field is { } f && (!f.IsNative || sites.Find(f.ConnectionId) is not null))
            .Select(c => new ColumnRef(c.Field!, c.Aggregation))
            .ToList();

    public static string AggregationName(Aggregation aggregation) => aggregation.ToString().ToLowerInvariant();

    public static bool TryParseAggregation(string? text, out Aggregation aggregation)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            aggregation = Aggregation.None;
            return true;
        }

        return Enum.TryParse(text.Trim(), ignoreCase: true, out aggregation) && Enum.IsDefined(aggregation);
    }
}

/// <summary>One stored column.</summary>
public sealed record StoredColumn(string Field, string Aggregation);
