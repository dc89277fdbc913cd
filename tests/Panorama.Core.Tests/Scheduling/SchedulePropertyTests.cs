using CsCheck;
using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;

namespace Panorama.Core.Tests.Scheduling;

/// <summary>Properties of the critical-path method on random networks (CsCheck prints the seed of a failure).</summary>
public sealed class SchedulePropertyTests
{
    private const int Iterations = 400;

    [Fact]
    public void EveryLinkConstraint_ShouldHoldInTheEarlySchedule_OrBeAConflictOfAFixedTask()
    {
        RandomNetwork.Gen(fixedPercent: 15).Sample(random =>
        {
            var schedule = random.Build().Schedule();
            foreach (var link in random.Links)
            {
                var required = Required(schedule, link);
                var start = schedule[link.To].EarlyStart;
                if (required > start)
                {
                    Assert.True(schedule.Network.Tasks[schedule.Network.IndexOf(link.To)].IsFixed, $"{link} is broken for an auto task");
                    Assert.Contains(schedule.Conflicts, c => (c.Predecessor, c.Successor, c.Type, c.Lag, c.Amount) == (link.From, link.To, link.Type, link.Lag, required - start));
                }
            }

            foreach (var task in random.Tasks.Where(t => !t.IsFixed))
            {
                Assert.True(schedule[task.Id].EarlyStart >= 0, $"{task.Id} starts before the project");
            }
        }, iter: Iterations);
    }

    [Fact]
    public void TotalFloat_ShouldNeverBeNegative_WithoutAConflict()
    {
        RandomNetwork.Gen(fixedPercent: 15).Sample(random =>
        {
            var schedule = random.Build().Schedule();
            if (schedule.Conflicts.Count == 0)
            {
                for (var i = 0; i < schedule.TaskCount; i++)
                {
                    Assert.True(schedule.TotalFloat(i) >= 0, $"{random.Tasks[i].Id} has total float {schedule.TotalFloat(i)}");
                    Assert.True(schedule.FreeFloat(i) >= 0, $"{random.Tasks[i].Id} has free float {schedule.FreeFloat(i)}");
                    Assert.True(schedule.FreeFloat(i) <= schedule.TotalFloat(i) || schedule.IsFixed(i), $"{random.Tasks[i].Id}: free float above total float");
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void CriticalPath_ShouldBeAZeroFloatChainFromAStartToTheFinish()
    {
        RandomNetwork.Gen(fixedPercent: 15).Sample(random =>
        {
            var schedule = random.Build().Schedule();
            var graph = random.Links.Select(l => (From: schedule.Network.IndexOf(l.From), To: schedule.Network.IndexOf(l.To), Link: l)).ToList();
            var critical = Enumerable.Range(0, schedule.TaskCount).Where(schedule.IsCritical).ToList();
            Assert.Contains(critical, i => schedule.EarlyFinish(i) == schedule.ProjectFinish);
            foreach (var i in critical)
            {
                var id = random.Tasks[i].Id;
                Assert.True(schedule.TotalFloat(i) <= 0, $"critical {id} has float {schedule.TotalFloat(i)}");
                if (schedule.Conflicts.Count == 0)
                {
                    Assert.Equal(0, schedule.TotalFloat(i));
                }

                var reachesFinish = schedule.EarlyFinish(i) == schedule.ProjectFinish
                    || graph.Any(e => e.From == i && schedule.IsCritical(e.To) && Required(schedule, e.Link) >= schedule.EarlyStart(e.To));
                var hasStart = schedule.EarlyStart(i) == schedule.ProjectStart || schedule.IsFixed(i)
                    || graph.Any(e => e.To == i && schedule.IsCritical(e.From) && Required(schedule, e.Link) >= schedule.EarlyStart(i));
                Assert.True(reachesFinish, $"critical {id} leads to neither the finish nor a critical successor");
                Assert.True(hasStart, $"critical {id} is neither a start nor driven by a critical predecessor");
            }

            if (!random.HasFixedTasks)
            {
                Assert.Equal(critical, Enumerable.Range(0, schedule.TaskCount).Where(i => schedule.TotalFloat(i) == 0));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Results_ShouldNotDependOnTheOrderOfTasksAndLinks()
    {
        RandomNetwork.Gen(fixedPercent: 15).Sample(random =>
        {
            var given = random.Build().Schedule();
            var shuffled = random.BuildShuffled().Schedule();
            Assert.Equal(given.ProjectFinish, shuffled.ProjectFinish);
            foreach (var task in random.Tasks)
            {
                Assert.Equal(given[task.Id], shuffled[task.Id]);
            }

            Assert.Equal(Describe(given.Conflicts), Describe(shuffled.Conflicts));
        }, iter: Iterations);
    }

    [Fact]
    public void IncrementalUpdates_ShouldEqualFullRecomputation()
    {
        var moves = Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 8], Gen.Int[-3, 30], Gen.Int[0, 2]).Array[1, 6];
        Gen.Select(RandomNetwork.Gen(fixedPercent: 15), moves).Sample((random, steps) =>
        {
            var tasks = random.Tasks.ToArray();
            var live = random.Build().Schedule();
            foreach (var (pick, duration, start, kind) in steps)
            {
                var i = pick % tasks.Length;
                int? fixedStart = kind == 0 ? null : start;
                live.Update(i, duration, fixedStart);
                tasks[i] = tasks[i] with { Duration = duration, Mode = kind == 0 ? ScheduleMode.Auto : ScheduleMode.Manual, Start = fixedStart, IsDone = false };

                var full = ScheduleNetwork.Create(tasks, random.Links).Schedule();
                Assert.Equal(full.ProjectFinish, live.ProjectFinish);
                foreach (var task in tasks)
                {
                    Assert.Equal(full[task.Id], live[task.Id]);
                }

                Assert.Equal(Describe(full.Conflicts), Describe(live.Conflicts));
                Assert.Equal(full.CriticalPath().Order(), live.CriticalPath().Order());
            }
        }, iter: Iterations);
    }

    internal static int Required(CriticalPathSchedule<string> schedule, ScheduleLink<string> link)
    {
        var from = schedule[link.From];
        var duration = schedule[link.To].EarlyFinish - schedule[link.To].EarlyStart;
        return link.Type switch
        {
            DependencyType.FS => from.EarlyFinish + link.Lag,
            DependencyType.SS => from.EarlyStart + link.Lag,
            DependencyType.FF => from.EarlyFinish + link.Lag - duration,
            _ => from.EarlyStart + link.Lag - duration,
        };
    }

    private static List<string> Describe(IEnumerable<ScheduleConflict<string>> conflicts) =>
        [.. conflicts.Select(c => $"{c.Predecessor}>{c.Successor}:{c.Type}{c.Lag}={c.Amount}").Order(StringComparer.Ordinal)];
}
