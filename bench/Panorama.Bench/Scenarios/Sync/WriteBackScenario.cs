using System.Diagnostics;
using System.Globalization;
using Panorama.Core.Fields;
using Panorama.Core.Tasks;
using Panorama.Core.WriteBack;
using Panorama.JiraSim;

namespace Panorama.Bench.Scenarios.Sync;

/// <summary>
/// SPEC 5 "Write-back": start and end date edits of 600 distinct issues (<c>PANORAMA_BENCH_WRITES</c>) enqueued through the outbox (as the task
/// API does, in change sets of 100 tasks, the most rule 17 allows unconfirmed), sent by the sync workers to a
/// simulated site that enforces Jira's rate limits, with 0 ms and 150 ms per request. Throughput counts from the first
/// enqueue until every operation is done; afterwards every date is checked on the site. Target: >= 40 issue updates/s
/// per site without a 429 storm (each issue is written once here, so the per-issue limits cannot be exceeded).
/// <c>PANORAMA_BENCH_OUTBOX_CONCURRENCY</c> overrides <c>Sync:OutboxConcurrency</c> to see what it limits.
/// </summary>
public sealed class WriteBackScenario : IBenchScenario
{
    private const double Target = 40;
    private const int ChangeSetSize = 100;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(300);
    private static readonly DateOnly FirstStart = new(2027, 1, 4);

    public string Name => "sync-write-back";

    public string Description => "600 date edits through the outbox to a rate-limited site at 0 and 150 ms: >= 40 issue updates/s";

    public async Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        var writes = int.TryParse(Environment.GetEnvironmentVariable("PANORAMA_BENCH_WRITES"), out var n) ? n : 600;
        var fast = await WriteAsync(writes, latencyMs: 0, cancellationToken);
        var slow = await WriteAsync(writes, latencyMs: 150, cancellationToken);
        var concurrency = Environment.GetEnvironmentVariable("PANORAMA_BENCH_OUTBOX_CONCURRENCY") ?? "24 (default)";
        report.Table($"Write-back of {writes:N0} start/end date edits (one issue each) through the outbox, Jira's rate limits on, " +
            $"outbox concurrency {concurrency}; SQLite, 2 cores shared with other builds",
            ["latency", "enqueue s", "until all done s", "updates/s", "done", "failed", "on the site", "429s"],
            [Row("0 ms", fast), Row("150 ms", slow)]);
        var worst = Math.Min(fast.Rate, slow.Rate);
        var complete = fast.OnSite == writes && slow.OnSite == writes;
        report.Summary(Name, $"{fast.Rate:N1} updates/s at 0 ms, {slow.Rate:N1} updates/s at 150 ms (target >= {Target}/s: " +
            $"{(worst >= Target ? "met" : "NOT met")}); all {writes:N0} edits on the site in both runs: {(complete ? "met" : "NOT met")}; " +
            $"429s {fast.Responses429} and {slow.Responses429}");
    }

    private static async Task<Run> WriteAsync(int writes, int latencyMs, CancellationToken cancellationToken)
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("bench")],
            IssuesPerSite = writes,
            Seed = 42,
            LatencyMs = latencyMs,
            EnforceRateLimits = true,
        }, cancellationToken);
        var site = jira.Sites[0];
        var concurrency = Environment.GetEnvironmentVariable("PANORAMA_BENCH_OUTBOX_CONCURRENCY");
        await using var host = await SyncBenchHost.StartAsync(workers: true, cancellationToken,
            concurrency is null ? [] : [$"--Sync:OutboxConcurrency={concurrency}"]);
        var connectionId = await host.ConnectAsync(site, webhook: true, cancellationToken);
        await SyncBenchStore.WaitForImportAsync(host, connectionId, writes, TimeSpan.FromSeconds(90), cancellationToken);
        var tasks = (await SyncBenchStore.TasksAsync(host, connectionId, cancellationToken)).Take(writes).ToList();
        var before429 = site.Stats.Responses429;

        var queue = host.Service<IWriteBackQueue>();
        var actor = new WriteBackActor(null, "bench@panorama.local");
        var watch = Stopwatch.StartNew();
        var changes = new List<Guid>();
        foreach (var chunk in tasks.Select((t, i) => (t.IssueId, i)).Chunk(ChangeSetSize))
        {
            var operations = chunk.Select(t => (WriteBackOperation)new EditTaskFields(new TaskKey(connectionId, t.IssueId),
                [new FieldEdit(BuiltInField.StartDate, Start(t.i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    new FieldEdit(BuiltInField.EndDate, End(t.i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))])).ToList();
            var outcome = await queue.EnqueueAsync(new WriteBackRequest(operations, $"Bench dates {changes.Count}"), actor, cancellationToken);
            changes.Add(outcome.IsOk ? outcome.Value.Id : throw new InvalidOperationException($"The outbox refused the change set: {outcome.Refusal}"));
        }

        var enqueued = watch.Elapsed;
        var finished = await WaitAsync(queue, changes, cancellationToken);
        var elapsed = watch.Elapsed;
        var onSite = tasks.Select((t, i) => (site.State.Issue(t.Key), i))
            .Count(x => x.Item1 is { } issue && issue.StartDate == Start(x.i) && issue.DueDate == End(x.i));
        return new Run(enqueued, elapsed, writes / elapsed.TotalSeconds,
            finished.Count(s => s == WriteBackState.Done), finished.Count(s => s == WriteBackState.Failed), onSite, site.Stats.Responses429 - before429);
    }

    /// <summary>Polls the change sets until none is pending; returns every operation's final state.</summary>
    private static async Task<IReadOnlyList<WriteBackState>> WaitAsync(IWriteBackQueue queue, List<Guid> changes, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var final = new Dictionary<Guid, WriteBackChange>();
        while (final.Count < changes.Count)
        {
            if (watch.Elapsed > Timeout)
            {
                throw new TimeoutException($"{changes.Count - final.Count} of {changes.Count} change sets still pending after {Timeout.TotalSeconds:F0} s.");
            }

            foreach (var id in changes.Where(id => !final.ContainsKey(id)))
            {
                if (await queue.GetAsync(id, cancellationToken) is { State: not WriteBackState.Pending } change
                    && change.Operations.All(o => o.State != WriteBackState.Pending))
                {
                    final[id] = change;
                }
            }

            await Task.Delay(100, cancellationToken);
        }

        return [.. final.Values.SelectMany(c => c.Operations).Select(o => o.State)];
    }

    private static DateOnly Start(int i) => FirstStart.AddDays(i % 365);

    private static DateOnly End(int i) => Start(i).AddDays(3 + (i % 7));

    private static string[] Row(string latency, Run run) =>
    [
        latency, Seconds(run.Enqueue), Seconds(run.Elapsed), run.Rate.ToString("N1", CultureInfo.InvariantCulture),
        run.Done.ToString("N0", CultureInfo.InvariantCulture), run.Failed.ToString("N0", CultureInfo.InvariantCulture),
        run.OnSite.ToString("N0", CultureInfo.InvariantCulture), run.Responses429.ToString("N0", CultureInfo.InvariantCulture),
    ];

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    private sealed record Run(TimeSpan Enqueue, TimeSpan Elapsed, double Rate, int Done, int Failed, int OnSite, long Responses429);
}
