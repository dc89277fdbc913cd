using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Panorama.Jira.Client;
using Panorama.Jira.Errors;
using Panorama.Sync.Connections;
using Panorama.Sync.Scope;
using Panorama.Sync.Store;

namespace Panorama.Sync.Import;

/// <summary>
/// Imports a connection's whole scope (SPEC 3.1) as a pipeline: scope slices are paged for ids in parallel
/// (<c>fields=id</c>, 5000 a page), ids go to parallel <c>bulkfetch</c> calls of 100, and one writer stores the rows
/// in batches. The client's rate limiters keep every call within Jira's limits. At the end, stored issues that the
/// scope no longer names are resolved (tombstone or out of scope), as the sweep does.
/// </summary>
public sealed class ScopeImporter(
    TaskStore store,
    ScopeEvaluator scope,
    ScopeSweep sweep,
    ISyncScopeSource scopes,
    IJiraClientFactory jira,
    IOptions<SyncOptions> options)
{
    private const int SlicePagers = 4;

    public async Task<SyncRunOutcome> ImportAsync(SyncConnection connection, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var integrations = await scope.IntegrationsAsync(connection, cancellationToken);
        if (ScopeEvaluator.Union(integrations) is not { } union)
        {
            var left = await sweep.LeaveAllAsync(connection, cancellationToken);
            return new SyncRunOutcome(0, 0, 0, left, watch.Elapsed, null);
        }

        var client = jira.Create(connection.Site);
        progress?.Report(new ImportProgress(connection.Id, ImportPhase.Counting, 0, 0));
        var estimate = await EstimateAsync(client, union, cancellationToken);
        progress?.Report(new ImportProgress(connection.Id, ImportPhase.Fetching, 0, estimate));

        var run = new Run(connection, client, options.Value, estimate, progress);
        await run.ExecuteAsync(ScopeSlice.For(integrations), store, cancellationToken);
        foreach (var (integrationId, members) in run.Members)
        {
            await scopes.ReplaceMembershipsAsync(integrationId, connection.Id, [.. members], cancellationToken);
        }

        progress?.Report(new ImportProgress(connection.Id, ImportPhase.Sweeping, run.Written, estimate));
        var stored = await sweep.StoredAsync(connection.Id, cancellationToken);
        var missing = stored.Where(s => !s.Value && !run.Seen.ContainsKey(s.Key)).Select(s => s.Key).ToList();
        var (deleted, leftScope) = await sweep.ResolveMissingAsync(connection, missing, cancellationToken);
        progress?.Report(new ImportProgress(connection.Id, ImportPhase.Done, run.Written, estimate));
        return new SyncRunOutcome(run.Written, run.Fetched, deleted, leftScope, watch.Elapsed, run.Newest);
    }

    private static async Task<long> EstimateAsync(IJiraClient client, string union, CancellationToken cancellationToken)
    {
        try
        {
            return await client.ApproximateCountAsync(union, cancellationToken);
        }
        catch (JiraException ex) when (ex.Kind is JiraErrorKind.BadRequest or JiraErrorKind.InvalidResponse or JiraErrorKind.NotFound)
        {
            return 0; // The estimate only feeds the progress bar.
        }
    }

    /// <summary>One import's pipeline and counters.</summary>
    private sealed class Run(SyncConnection connection, IJiraClient client, SyncOptions options, long estimate, IProgress<ImportProgress>? progress)
    {
        private long _written;
        private long _fetched;
        private DateTimeOffset? _newest;

        public ConcurrentDictionary<long, byte> Seen { get; } = new();

        public ConcurrentDictionary<Guid, ConcurrentBag<long>> Members { get; } = new();

        public long Written => Interlocked.Read(ref _written);

        public long Fetched => Interlocked.Read(ref _fetched);

        public DateTimeOffset? Newest => _newest;

        public async Task ExecuteAsync(IReadOnlyList<ScopeSlice> slices, TaskStore store, CancellationToken cancellationToken)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var ids = Channel.CreateBounded<string[]>(options.ImportConcurrency * 4);
            var rows = Channel.CreateBounded<TaskRow[]>(options.ImportConcurrency * 2);
            var producer = Guard(stop, ids.Writer, () => ProduceAsync(slices, ids.Writer, stop.Token));
            var compressFields = store.KeepsCompressedFields;
            var fetchers = Enumerable.Range(0, options.ImportConcurrency)
                .Select(_ => Guard(stop, null, () => FetchAsync(ids.Reader, rows.Writer, compressFields, stop.Token))).ToArray();
            var fetched = Task.WhenAll(fetchers).ContinueWith(_ => rows.Writer.TryComplete(), TaskScheduler.Default);
            var writer = Guard(stop, null, () => WriteAsync(rows.Reader, store, stop.Token));
            var all = new[] { producer, writer, fetched }.Concat(fetchers).ToArray();
            try
            {
                await Task.WhenAll(all);
            }
            catch (Exception) when (all.SelectMany(t => t.Exception?.InnerExceptions ?? []).FirstOrDefault(e => e is not OperationCanceledException) is { } first)
            {
                throw first;
            }
        }

        /// <summary>Runs a stage; a failure stops every other stage and closes the stage's output.</summary>
        private static Task Guard<T>(CancellationTokenSource stop, ChannelWriter<T>? output, Func<Task> stage) => Task.Run(async () =>
        {
            try
            {
                await stage();
                output?.TryComplete();
            }
            catch (Exception ex)
            {
                output?.TryComplete(ex);
                await stop.CancelAsync();
                throw;
            }
        });

        private static Task Guard(CancellationTokenSource stop, ChannelWriter<TaskRow[]>? output, Func<Task> stage) =>
            Guard<TaskRow[]>(stop, output, stage);

        private async Task ProduceAsync(IReadOnlyList<ScopeSlice> slices, ChannelWriter<string[]> output, CancellationToken cancellationToken)
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = SlicePagers, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(slices, parallel, async (slice, token) =>
            {
                var batch = new List<string>(100);
                await foreach (var page in client.SearchIdsAsync(slice.Jql, token))
                {
                    if (slice.IntegrationId is { } integrationId)
                    {
                        var members = Members.GetOrAdd(integrationId, _ => []);
                        foreach (var id in page)
                        {
                            members.Add(id);
                        }
                    }

                    foreach (var id in page.Where(id => Seen.TryAdd(id, 0)))
                    {
                        batch.Add(id.ToString(CultureInfo.InvariantCulture));
                        if (batch.Count == 100)
                        {
                            await output.WriteAsync([.. batch], token);
                            batch.Clear();
                        }
                    }
                }

                if (batch.Count > 0)
                {
                    await output.WriteAsync([.. batch], token);
                }
            });
        }

        private async Task FetchAsync(ChannelReader<string[]> input, ChannelWriter<TaskRow[]> output, bool compressFields, CancellationToken cancellationToken)
        {
            await foreach (var batch in input.ReadAllAsync(cancellationToken))
            {
                // The page's issues are read into rows before it is disposed: they point into its pooled buffer.
                TaskRow[] rows;
                using (var page = await client.BulkFetchPageAsync(batch, TaskRowReader.FetchFields, cancellationToken))
                {
                    Interlocked.Add(ref _fetched, page.Issues.Count);
                    rows = [.. page.Issues.Select(i => TaskRowReader.Read(i, connection, compressFields)).OfType<TaskRow>()];
                }

                await output.WriteAsync(rows, cancellationToken);
            }
        }

        private async Task WriteAsync(ChannelReader<TaskRow[]> input, TaskStore store, CancellationToken cancellationToken)
        {
            var pending = new List<TaskRow>(options.ImportWriteBatch + 100);
            await foreach (var rows in input.ReadAllAsync(cancellationToken))
            {
                pending.AddRange(rows);
                if (pending.Count >= options.ImportWriteBatch || input.Count == 0)
                {
                    await FlushAsync(pending, store, cancellationToken);
                }
            }

            await FlushAsync(pending, store, cancellationToken);
        }

        private async Task FlushAsync(List<TaskRow> pending, TaskStore store, CancellationToken cancellationToken)
        {
            if (pending.Count == 0)
            {
                return;
            }

            // Force: an import rewrites rows whose `updated` did not move too, so they follow the current field mapping.
            await store.WriteAsync(new TaskWrite { Connection = connection, Rows = [.. pending], Scope = ScopeVerdicts.AllIn, Force = true, FromImport = true }, cancellationToken);
            var newest = pending.Max(r => r.Updated);
            _newest = _newest is { } known && known > newest ? known : newest;
            progress?.Report(new ImportProgress(connection.Id, ImportPhase.Fetching, Interlocked.Add(ref _written, pending.Count), estimate));
            pending.Clear();
        }
    }
}
