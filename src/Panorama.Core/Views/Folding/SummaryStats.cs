using Panorama.Core.Tasks;

namespace Panorama.Core.Views.Folding;

/// <summary>Sums behind <see cref="RowSummary"/>; every part is additive so subtrees combine in O(1).</summary>
internal struct SummaryStats : IFoldable<SummaryStats>
{
    private int _minStart;
    private int _maxEnd;
    private int _tasks;
    private int _estimated;
    private double _estimateSum;
    private double _estimatedProgressSum;
    private int _unestimated;
    private double _unestimatedProgressSum;

    public static SummaryStats Of(PlanTask task)
    {
        var stats = new SummaryStats
        {
            _minStart = task.StartDate?.DayNumber ?? int.MaxValue,
            _maxEnd = task.EndDate?.DayNumber ?? int.MinValue,
            _tasks = 1,
        };
        if (task.Progress is { } progress)
        {
            if (task.OriginalEstimate is { } estimate and > 0)
            {
                stats._estimated = 1;
                stats._estimateSum = estimate;
                stats._estimatedProgressSum = estimate * (double)progress;
            }
            else
            {
                stats._unestimated = 1;
                stats._unestimatedProgressSum = progress;
            }
        }

        return stats;
    }

    public static SummaryStats Combine(in SummaryStats left, in SummaryStats right) => new()
    {
        _minStart = Math.Min(left._minStart, right._minStart),
        _maxEnd = Math.Max(left._maxEnd, right._maxEnd),
        _tasks = left._tasks + right._tasks,
        _estimated = left._estimated + right._estimated,
        _estimateSum = left._estimateSum + right._estimateSum,
        _estimatedProgressSum = left._estimatedProgressSum + right._estimatedProgressSum,
        _unestimated = left._unestimated + right._unestimated,
        _unestimatedProgressSum = left._unestimatedProgressSum + right._unestimatedProgressSum,
    };

    public readonly RowSummary ToSummary()
    {
        double? progress = null;
        if (_estimated > 0)
        {
            var average = _estimateSum / _estimated;
            progress = (_estimatedProgressSum + (average * _unestimatedProgressSum)) / (_estimateSum + (average * _unestimated));
        }
        else if (_unestimated > 0)
        {
            progress = _unestimatedProgressSum / _unestimated;
        }

        return new RowSummary(
            _minStart == int.MaxValue ? null : DateOnly.FromDayNumber(_minStart),
            _maxEnd == int.MinValue ? null : DateOnly.FromDayNumber(_maxEnd),
            progress,
            _tasks);
    }
}
