using System.Diagnostics;
using System.Globalization;
using Panorama.Core.Scheduling;
using Panorama.Core.Scheduling.Calendars;
using Panorama.Core.Scheduling.ChangeSets;
using Spectre.Console;

namespace Panorama.Bench.Scenarios.Scheduling;

/// <summary>SPEC 5, Scheduling: full CPM and one incremental move on 100,000 tasks and 200,000 links.</summary>
public sealed class SchedulingScenario : IBenchScenario
{
    private const int Seed = 42;
    private const int TaskCount = 100_000;
    private const int LinkCount = 200_000;
    private const int WarmUps = 5;
    private const int FullRuns = 15;
    private const int Moves = 200;
    private const double FullTargetMs = 150;
    private const double MoveTargetMs = 20;

    public string Name => "scheduling";

    public string Description => "CPM on 100,000 tasks / 200,000 links: full <= 150 ms, incremental move <= 20 ms";

    public Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var (tasks, links) = RandomScheduleNetwork.Generate(Seed, TaskCount, LinkCount);
        var rows = new List<IReadOnlyList<string>>();

        // A box's tasks are numbered before scheduling (BoxSchedule), so the target is measured on numbered ids; a
        // schedule file's string ids cost more in the build (a hash lookup of a string per link end).
        var (boxTasks, boxLinks) = RandomScheduleNetwork.Numbered(tasks, links);
        var build = Measure(FullRuns, () => ScheduleNetwork.Create(boxTasks, boxLinks));
        var full = Measure(FullRuns, () => ScheduleNetwork.Create(boxTasks, boxLinks).Schedule().CriticalPath());
        var fileBuild = Measure(FullRuns, () => ScheduleNetwork.Create(tasks, links));
        var network = ScheduleNetwork.Create(tasks, links);
        var fileFull = Measure(FullRuns, () => ScheduleNetwork.Create(tasks, links).Schedule().CriticalPath());
        rows.Add(Row("build network (box: numbered ids)", build));
        rows.Add(Row("CPM passes", Measure(FullRuns, () => network.Schedule())));
        rows.Add(Row("full CPM (box: numbered ids)", full));
        rows.Add(Row("build network (file: string ids)", fileBuild));
        rows.Add(Row("full CPM (file: string ids)", fileFull));

        cancellationToken.ThrowIfCancellationRequested();
        var live = network.Schedule();
        var random = new Random(Seed);
        var (move, changed) = MeasureMoves(live, random, withCriticalPath: false);
        var (moveAndCritical, _) = MeasureMoves(live, random, withCriticalPath: true);
        rows.Add(Row("move", move));
        rows.Add(Row("move + critical", moveAndCritical));
        var (criticalMove, criticalChanged) = MeasureCriticalMoves(live);
        rows.Add(Row("critical move", criticalMove));
        rows.Add(Row("plan change set", MeasurePlanner(network, random)));

        var verified = Verify(live, tasks, links);
        report.Table(
            $"Scheduling: {TaskCount:N0} tasks, {LinkCount:N0} links (seed {Seed}); {WarmUps} warm-ups, then measured runs",
            ["operation", "runs", "median ms", "p95 ms", "alloc/run", "GC ms"],
            rows);
        report.Console.WriteLine(
            "full CPM = build network (ids, links, topological order) + passes + critical path; move = pin a random task " +
            "1-5 days later or earlier; critical move = a critical task 3 days later; plan change set = dates in, one move. " +
            $"Tasks whose early dates changed per random move: median {BenchReport.Percentile(changed, 50):N0}, p95 {BenchReport.Percentile(changed, 95):N0}; " +
            $"per critical-task move: median {BenchReport.Percentile(criticalChanged, 50):N0}. " +
            $"Incremental result equals a full recomputation: {(verified ? "yes" : "NO")}.");

        var fullMedian = BenchReport.Percentile(full.Milliseconds, 50);
        var moveMedian = BenchReport.Percentile(move.Milliseconds, 50);
        report.Summary(Name, string.Create(
            CultureInfo.InvariantCulture,
            $"full CPM median {fullMedian:F1} ms p95 {BenchReport.Percentile(full.Milliseconds, 95):F1} ms (target <= {FullTargetMs} ms: {Met(fullMedian <= FullTargetMs)}; " +
            $"string ids of a schedule file {BenchReport.Percentile(fileFull.Milliseconds, 50):F1} ms); " +
            $"incremental move median {moveMedian:F2} ms p95 {BenchReport.Percentile(move.Milliseconds, 95):F2} ms (target <= {MoveTargetMs} ms: {Met(moveMedian <= MoveTargetMs)}); " +
            $"critical-task move median {BenchReport.Percentile(criticalMove.Milliseconds, 50):F2} ms; incremental == full: {(verified ? "yes" : "NO")}"));
        return Task.CompletedTask;
    }

    private static string Met(bool met) => met ? "met" : "MISSED";

    private static (Samples Moves, List<double> Changed) MeasureMoves(CriticalPathSchedule<string> live, Random random, bool withCriticalPath)
    {
        var samples = new Samples();
        var changed = new List<double>();
        for (var run = 0; run < WarmUps + Moves; run++)
        {
            var task = random.Next(live.TaskCount);
            var start = live.EarlyStart(task) + random.Next(-5, 6);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var moved = live.Update(task, live.TaskDuration(task), start);
            if (withCriticalPath)
            {
                _ = live.IsCritical(task);
            }

            watch.Stop();
            if (run >= WarmUps)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - allocated);
                changed.Add(moved.Count);
            }
        }

        return (samples, changed);
    }

    /// <summary>Critical tasks early in the network: moving one later shifts most of what follows it.</summary>
    private static (Samples Moves, List<double> Changed) MeasureCriticalMoves(CriticalPathSchedule<string> live)
    {
        var critical = live.CriticalPath().Take(40).Select(live.Network.IndexOf).Where(i => !live.IsFixed(i)).ToList();
        var samples = new Samples();
        var changed = new List<double>();
        foreach (var task in critical)
        {
            var start = live.EarlyStart(task);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var moved = live.Update(task, live.TaskDuration(task), start + 3);
            watch.Stop();
            samples.Add(watch.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - allocated);
            changed.Add(moved.Count);
            live.Update(task, live.TaskDuration(task), null);
        }

        return (samples, changed);
    }

    /// <summary>The dates side: current dates of every task, then one random move planned (not applied).</summary>
    private static Samples MeasurePlanner(ScheduleNetwork<string> network, Random random)
    {
        var timeline = new ScheduleTimeline(WorkingCalendar.Standard, new DateOnly(2026, 1, 5));
        var schedule = network.Schedule();
        var current = network.Tasks.Select((t, i) => new ScheduledTask<string>(
            t.Id,
            timeline.StartDate(schedule.EarlyStart(i)),
            timeline.EndDate(schedule.EarlyStart(i), schedule.EarlyFinish(i)),
            t.Mode,
            t.IsDone,
            t.Duration == 0)).ToList();
        var planner = new ScheduleChangePlanner<string>(WorkingCalendar.Standard, current, network.Links, timeline.Start);
        return Measure(Moves, () =>
        {
            var task = current[random.Next(current.Count)];
            return task.IsFixed ? null : planner.PlanMove(new(task.Id, task.Start.AddDays(random.Next(-7, 8))));
        });
    }

    /// <summary>After all the moves, the live schedule must equal a fresh one of the same (moved) network.</summary>
    private static bool Verify(CriticalPathSchedule<string> live, ScheduleTask<string>[] tasks, ScheduleLink<string>[] links)
    {
        var moved = tasks.Select((t, i) => live.IsFixed(i) ? t with { Duration = live.TaskDuration(i), Mode = ScheduleMode.Manual, Start = live.EarlyStart(i) } : t);
        var full = ScheduleNetwork.Create(moved, links).Schedule();
        return full.ProjectFinish == live.ProjectFinish
            && Enumerable.Range(0, live.TaskCount).All(i => full[i] == live[i])
            && full.Conflicts.Count == live.Conflicts.Count;
    }

    private static Samples Measure<T>(int runs, Func<T> action)
    {
        var samples = new Samples();
        for (var run = 0; run < WarmUps + runs; run++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            watch.Stop();
            if (run >= WarmUps)
            {
                samples.Add(watch.Elapsed.TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - allocated, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds);
            }
        }

        return samples;
    }

    private static string[] Row(string operation, Samples samples) =>
    [
        operation,
        samples.Milliseconds.Count.ToString(CultureInfo.InvariantCulture),
        BenchReport.Percentile(samples.Milliseconds, 50).ToString("F2", CultureInfo.InvariantCulture),
        BenchReport.Percentile(samples.Milliseconds, 95).ToString("F2", CultureInfo.InvariantCulture),
        Bytes(BenchReport.Percentile(samples.Bytes, 50)),
        BenchReport.Percentile(samples.GcPauseMilliseconds, 50).ToString("F1", CultureInfo.InvariantCulture),
    ];

    private static string Bytes(double bytes) => bytes switch
    {
        >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 20):F1} MB"),
        >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 10):F1} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:F0} B"),
    };

    private sealed class Samples
    {
        public List<double> Milliseconds { get; } = [];

        public List<double> Bytes { get; } = [];

        public List<double> GcPauseMilliseconds { get; } = [];

        public void Add(double milliseconds, long bytes, double gcPauseMilliseconds = 0)
        {
            Milliseconds.Add(milliseconds);
            Bytes.Add(bytes);
            GcPauseMilliseconds.Add(gcPauseMilliseconds);
        }
    }
}
