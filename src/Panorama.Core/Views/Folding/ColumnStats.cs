using Panorama.Core.Fields;
using Panorama.Core.Tasks;

namespace Panorama.Core.Views.Folding;

/// <summary>What one column's aggregations need, additive over a subtree.</summary>
internal struct ColumnStats : IFoldable<ColumnStats>
{
    private int _values;
    private int _numbers;
    private double _sum;
    private double _min;
    private double _max;
    private int _minDay;
    private int _maxDay;

    public static ColumnStats Of(PlanTask task, FieldRef field, SiteDirectory sites, Aggregation aggregation)
    {
        var stats = new ColumnStats { _min = double.MaxValue, _max = double.MinValue, _minDay = int.MaxValue, _maxDay = int.MinValue };
        if (aggregation == Aggregation.Count)
        {
            stats._values = TaskFieldValues.HasValue(task, field, sites) ? 1 : 0;
        }
        else if (TaskFieldValues.Number(task, field) is { } number)
        {
            stats._numbers = 1;
            stats._sum = stats._min = stats._max = number;
        }
        else if (TaskFieldValues.Date(task, field) is { } date)
        {
            stats._minDay = stats._maxDay = date.DayNumber;
        }

        return stats;
    }

    public static ColumnStats Combine(in ColumnStats left, in ColumnStats right) => new()
    {
        _values = left._values + right._values,
        _numbers = left._numbers + right._numbers,
        _sum = left._sum + right._sum,
        _min = Math.Min(left._min, right._min),
        _max = Math.Max(left._max, right._max),
        _minDay = Math.Min(left._minDay, right._minDay),
        _maxDay = Math.Max(left._maxDay, right._maxDay),
    };

    /// <summary>The aggregated value in JSON-friendly form: seconds as whole numbers, dates as YYYY-MM-DD.</summary>
    public readonly object? Result(Aggregation aggregation, bool seconds) => aggregation switch
    {
        Aggregation.Count => (long)_values,
        Aggregation.Sum when _numbers > 0 => Number(_sum, seconds),
        Aggregation.Avg when _numbers > 0 => Number(_sum / _numbers, seconds),
        Aggregation.Min when _numbers > 0 => Number(_min, seconds),
        Aggregation.Max when _numbers > 0 => Number(_max, seconds),
        Aggregation.Min when _minDay != int.MaxValue => ValueFormat.Date(DateOnly.FromDayNumber(_minDay)),
        Aggregation.Max when _maxDay != int.MinValue => ValueFormat.Date(DateOnly.FromDayNumber(_maxDay)),
        _ => null,
    };

    /// <summary>Seconds stay whole numbers (a long), other numbers are doubles: JSON shows 3600, not 3600.0.</summary>
#pragma warning disable CA1859 // The boxed type is the point: a long for seconds, a double otherwise.
    private static object Number(double value, bool seconds) => seconds ? (object)(long)Math.Round(value) : (object)value;
#pragma warning restore CA1859
}
