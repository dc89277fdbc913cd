using System.Diagnostics;

namespace Panorama.Bench.Scenarios.JiraClient;

/// <summary>
/// One timed pass of a reader over the search, with what the whole process allocated, its CPU time and its
/// collections. The simulator runs in this process, so a reader's own allocations are its total minus the raw
/// reader's total over the same pages (<see cref="NetBytesPerIssue"/>).
/// </summary>
internal sealed record SearchPass(string Reader, IssueTally Tally, TimeSpan Elapsed, long AllocatedBytes, TimeSpan Cpu,
    (int Gen0, int Gen1, int Gen2) Collections)
{
    public double IssuesPerSecond => Tally.Issues / Elapsed.TotalSeconds;

    public double BytesPerIssue => (double)AllocatedBytes / Tally.Issues;

    public double NetBytesPerIssue(SearchPass raw) => BytesPerIssue - raw.BytesPerIssue;

    /// <summary>Process CPU per issue: steadier than issues/s on a machine shared with other builds.</summary>
    public double CpuMicrosecondsPerIssue => Cpu.TotalMicroseconds / Tally.Issues;

    public double NetCpuMicrosecondsPerIssue(SearchPass raw) => CpuMicrosecondsPerIssue - raw.CpuMicrosecondsPerIssue;

    public static async Task<SearchPass> MeasureAsync(string reader, Func<Task<IssueTally>> pass)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var tally = await pass();
        var elapsed = watch.Elapsed;
        return new SearchPass(reader, tally, elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated,
            Process.GetCurrentProcess().TotalProcessorTime - cpu,
            (GC.CollectionCount(0) - collections.Item1, GC.CollectionCount(1) - collections.Item2,
                GC.CollectionCount(2) - collections.Item3));
    }
}
