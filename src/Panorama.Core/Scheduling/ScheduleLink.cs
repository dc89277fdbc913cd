using Panorama.Core.Dependencies;

namespace Panorama.Core.Scheduling;

/// <summary>
/// A dependency between two tasks with its lag in working days (negative = lead). Only strong links are scheduled;
/// soft ones are drawn and ignored here. Several links may join one pair of tasks.
/// </summary>
public readonly record struct ScheduleLink<TId>(TId From, TId To, DependencyType Type = DependencyType.FS, int Lag = 0, DependencyStrength Strength = DependencyStrength.Strong)
    where TId : notnull
{
    public override string ToString() => Lag == 0 ? $"{From} -> {To} ({Type})" : $"{From} -> {To} ({Type}{Lag:+0;-0})";
}
