using Panorama.Core.Dependencies;
using Panorama.Core.Scheduling;

namespace Panorama.Bench.Scenarios.Scheduling;

/// <summary>
/// A random acyclic network shaped like a large portfolio: links mostly join nearby tasks (work streams), a mix of
/// FS/SS/FF/SF with leads and lags, a few milestones and manual tasks. Same seed, same network.
/// </summary>
internal static class RandomScheduleNetwork
{
    public static (ScheduleTask<string>[] Tasks, ScheduleLink<string>[] Links) Generate(int seed, int taskCount, int linkCount)
    {
        var random = new Random(seed);
        var tasks = new ScheduleTask<string>[taskCount];
        for (var i = 0; i < taskCount; i++)
        {
            var roll = random.Next(100);
            tasks[i] = roll switch
            {
                < 3 => new($"T{i}", 0),
                < 5 => new($"T{i}", random.Next(1, 10), ScheduleMode.Manual, random.Next(0, 2_000)),
                _ => new($"T{i}", random.Next(1, 21)),
            };
        }

        var links = new ScheduleLink<string>[linkCount];
        for (var k = 0; k < linkCount; k++)
        {
            // Task numbers only grow along a link, so the network has no cycle; most links stay within ~200 tasks.
            var from = random.Next(taskCount - 1);
            var reach = random.Next(100) < 90 ? 200 : 20_000;
            var to = Math.Min(taskCount - 1, from + 1 + random.Next(reach));
            var type = random.Next(100) switch
            {
                < 70 => DependencyType.FS,
                < 85 => DependencyType.SS,
                < 95 => DependencyType.FF,
                _ => DependencyType.SF,
            };
            var lag = random.Next(100) switch
            {
                < 60 => 0,
                < 85 => random.Next(1, 6),
                _ => -random.Next(1, 4),
            };
            links[k] = new($"T{from}", $"T{to}", type, lag);
        }

        return (tasks, links);
    }

    /// <summary>
    /// The same network keyed by task number, as a box schedules its tasks (<c>BoxSchedule</c> numbers them); the
    /// string ids are what a schedule file gives.
    /// </summary>
    public static (ScheduleTask<int>[] Tasks, ScheduleLink<int>[] Links) Numbered(ScheduleTask<string>[] tasks, ScheduleLink<string>[] links)
    {
        var number = new Dictionary<string, int>(tasks.Length);
        var numbered = new ScheduleTask<int>[tasks.Length];
        for (var i = 0; i < tasks.Length; i++)
        {
            var task = tasks[i];
            number.Add(task.Id, i);
            numbered[i] = new(i, task.Duration, task.Mode, task.Start, task.IsDone);
        }

        return (numbered, [.. links.Select(l => new ScheduleLink<int>(number[l.From], number[l.To], l.Type, l.Lag, l.Strength))]);
    }
}
