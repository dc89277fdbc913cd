using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Panorama.Bench.Scenarios.Sync;

/// <summary>
/// What the bench process spent between two points: CPU time (all threads, the in-process simulator included), time
/// the garbage collector paused it, time the JIT compiled (all threads, the background tier-1 recompiles included),
/// bytes allocated, collections by generation, and bytes passed to write calls
/// (files and sockets, from Linux's <c>/proc/self/io</c>; -1 elsewhere). On a noisy 2-core machine these move far less from run to run than
/// throughput does, so they show whether a change cut work even when issues/s cannot.
/// </summary>
internal readonly record struct ProcessCost(TimeSpan Cpu, TimeSpan GcPause, TimeSpan Jit, long AllocatedBytes, Collections Collections, long WrittenBytes)
{
    public static ProcessCost Now()
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessCost(process.TotalProcessorTime, GC.GetTotalPauseDuration(), JitInfo.GetCompilationTime(currentThread: false),
            GC.GetTotalAllocatedBytes(), new Collections(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)), WrittenSoFar());
    }

    public static ProcessCost operator -(ProcessCost after, ProcessCost before) => new(
        after.Cpu - before.Cpu,
        after.GcPause - before.GcPause,
        after.Jit - before.Jit,
        after.AllocatedBytes - before.AllocatedBytes,
        after.Collections - before.Collections,
        after.WrittenBytes < 0 || before.WrittenBytes < 0 ? -1 : after.WrittenBytes - before.WrittenBytes);

    private static long WrittenSoFar()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/io"))
            {
                if (line.StartsWith("wchar:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return -1;
    }
}

/// <summary>Garbage collections by generation (a gen 1 collection also counts as a gen 0 one, as the runtime counts).</summary>
internal readonly record struct Collections(int Gen0, int Gen1, int Gen2)
{
    public static Collections operator -(Collections after, Collections before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2);

    public override string ToString() => $"{Gen0}/{Gen1}/{Gen2}";
}
