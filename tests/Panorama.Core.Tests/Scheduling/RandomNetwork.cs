using CsCheck;
using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;

namespace Panorama.Core.Tests.Scheduling;

/// <summary>
/// A random acyclic network for property tests: links only go from a lower to a higher task number, so there is no
/// cycle; tasks and links are then given in a shuffled order. CsCheck prints the seed of any failing case.
/// </summary>
public sealed record RandomNetwork(ScheduleTask<string>[] Tasks, ScheduleLink<string>[] Links, int[] TaskOrder, int[] LinkOrder)
{
    public bool HasFixedTasks => Tasks.Any(t => t.IsFixed);

    public ScheduleNetwork<string> Build() => ScheduleNetwork.Create(Tasks, Links);

    /// <summary>The same network with tasks and links in another order.</summary>
    public ScheduleNetwork<string> BuildShuffled() => ScheduleNetwork.Create(
        Tasks.Select((t, i) => (t, i)).OrderBy(x => TaskOrder[x.i]).Select(x => x.t),
        Links.Select((l, i) => (l, i)).OrderBy(x => LinkOrder[x.i]).Select(x => x.l));

    public override string ToString() =>
        $"tasks: {string.Join(", ", Tasks.Select(t => $"{t.Id}:{t.Duration}{(t.IsFixed ? $"@{t.Start}" : "")}"))}; links: {string.Join(", ", Links)}";

    /// <param name="fixedPercent">Roughly how many tasks are manual, locked or done.</param>
    public static Gen<RandomNetwork> Gen(int fixedPercent) =>
        from n in CsCheck.Gen.Int[1, 30]
        from durations in CsCheck.Gen.Int[0, 8].Array[n]
        from modes in CsCheck.Gen.Int[0, 99].Array[n]
        from starts in CsCheck.Gen.Int[-3, 25].Array[n]
        from links in CsCheck.Gen.Select(CsCheck.Gen.Int[0, n - 1], CsCheck.Gen.Int[0, n - 1], CsCheck.Gen.Int[0, 3], CsCheck.Gen.Int[-4, 6]).Array[0, 2 * n]
        from taskOrder in CsCheck.Gen.Int.Array[n]
        from linkOrder in CsCheck.Gen.Int.Array[links.Length]
        select new RandomNetwork(
            [.. Enumerable.Range(0, n).Select(i => Task(i, durations[i], modes[i] < fixedPercent ? modes[i] % 3 : 3, starts[i]))],
            [.. links.Where(l => l.Item1 != l.Item2).Select(l => new ScheduleLink<string>(
                $"T{Math.Min(l.Item1, l.Item2)}", $"T{Math.Max(l.Item1, l.Item2)}", (DependencyType)l.Item3, l.Item4))],
            taskOrder,
            linkOrder);

    // kind 0: manual, 1: locked, 2: done, anything else: auto.
    private static ScheduleTask<string> Task(int i, int duration, int kind, int start) => kind switch
    {
        0 => new($"T{i}", duration, ScheduleMode.Manual, start),
        1 => new($"T{i}", duration, ScheduleMode.Locked, start),
        2 => new($"T{i}", duration, ScheduleMode.Auto, start, IsDone: true),
        _ => new($"T{i}", duration),
    };
}
