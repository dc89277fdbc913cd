using Panorama.Core.Dependencies;

namespace Panorama.Core.Scheduling;

/// <summary>
/// A strong dependency that a fixed (manual, locked or done) successor breaks: the successor would have to start
/// <see cref="Amount"/> working days later to satisfy it.
/// </summary>
public sealed record ScheduleConflict<TId>(TId Predecessor, TId Successor, DependencyType Type, int Lag, int Amount)
    where TId : notnull
{
    public string Message
    {
        get
        {
            var lag = Lag == 0 ? "" : $" with lag {Lag}";
            var days = Amount == 1 ? "1 working day" : $"{Amount} working days";
            return $"'{Successor}' breaks its {Type} dependency on '{Predecessor}'{lag}: it would have to start {days} later, " +
                "but it is fixed (manual, locked or done).";
        }
    }
}
