using Panorama.Core.Fields;
using Panorama.Core.Outcomes;

namespace Panorama.Core.Boxes;

/// <summary>A box's period: first and last day, both inclusive and both optional (an open-ended program).</summary>
public sealed record BoxPeriod
{
    private BoxPeriod(DateOnly? start, DateOnly? end)
    {
        Start = start;
        End = end;
    }

    public static BoxPeriod Open { get; } = new(null, null);

    public DateOnly? Start { get; }

    public DateOnly? End { get; }

    public static Outcome<BoxPeriod> Create(DateOnly? start, DateOnly? end) =>
        start is { } s && end is { } e && e < s
            ? Outcome.Refused<BoxPeriod>(
                $"The period ends ({ValueFormat.Date(e)}) before it starts ({ValueFormat.Date(s)}). Choose an end on or after the start.")
            : new BoxPeriod(start, end);

    public bool Contains(DateOnly day) => (Start is not { } s || day >= s) && (End is not { } e || day <= e);
}
