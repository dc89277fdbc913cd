using System.Diagnostics;
using Microsoft.Extensions.Options;
using Panorama.Jira.Client;
using Panorama.Sync.Connections;
using Panorama.Sync.Import;
using Panorama.Sync.Scope;
using Panorama.Sync.Store;

namespace Panorama.Sync.Reconciliation;

/// <summary>
/// The safety net under webhooks (SPEC 3.1): asks Jira for every issue in scope updated since the high-water mark
/// minus a margin, re-reads them and applies what is newer; with a sweep, also compares the ids in scope with the
/// store and re-reads every link. Whatever webhooks were lost, after a reconciliation with a sweep the store holds
/// Jira's state as of the start of the run.
/// </summary>
public sealed class Reconciler(
    TaskStore store,
    ScopeEvaluator scope,
    ScopeSweep sweep,
    IJiraClientFactory jira,
    IOptions<SyncOptions> options,
    TimeProvider time)
{
    public async Task<SyncRunOutcome> ReconcileAsync(SyncConnection connection, DateTimeOffset? highWaterMark, bool withSweep,
        CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var integrations = await scope.IntegrationsAsync(connection, cancellationToken);
        if (ScopeEvaluator.Union(integrations) is not { } union)
        {
            var leftAll = await sweep.LeaveAllAsync(connection, cancellationToken);
            return new SyncRunOutcome(0, 0, 0, leftAll, watch.Elapsed, highWaterMark);
        }

        var client = jira.Create(connection.Site);
        var changed = new List<long>();
        await foreach (var page in client.SearchIdsAsync($"({union}) AND updated >= -{MinutesBack(highWaterMark)}m", cancellationToken))
        {
            changed.AddRange(page);
        }

        changed.AddRange(await sweep.StaleLocalEditsAsync(connection.Id, time.GetUtcNow() - options.Value.ClaimLease, cancellationToken));
        var rows = await sweep.FetchAsync(connection, [.. changed.Distinct()], cancellationToken);
        var verdicts = await scope.EvaluateAsync(connection, [.. rows.Select(r => r.IssueId)], [], cancellationToken);
        var written = await store.WriteAsync(new TaskWrite { Connection = connection, Rows = rows, Scope = verdicts }, cancellationToken);
        var newest = rows.Count == 0 ? highWaterMark : Max(highWaterMark, rows.Max(r => r.Updated));

        int deleted = 0, left = 0;
        if (withSweep)
        {
            var inScope = await sweep.ScopeIdsAsync(connection, integrations, cancellationToken);
            var stored = await sweep.StoredAsync(connection.Id, cancellationToken);
            var missing = stored.Where(s => !s.Value && !inScope.Contains(s.Key)).Select(s => s.Key).ToList();
            (deleted, left) = await sweep.ResolveMissingAsync(connection, missing, cancellationToken);

            // Issues the store lacks, or holds as out of scope, that the scope names: fetched and written as in scope.
            var absent = inScope.Where(id => !stored.TryGetValue(id, out var isOut) || isOut).ToList();
            var found = await sweep.FetchAsync(connection, absent, cancellationToken);
            await store.WriteAsync(new TaskWrite { Connection = connection, Rows = found, Scope = ScopeVerdicts.AllIn }, cancellationToken);
            await sweep.RereadLinksAsync(connection, union, cancellationToken);
        }

        return new SyncRunOutcome(written.Applied.Count, rows.Count, deleted, left, watch.Elapsed, newest);
    }

    /// <summary>
    /// JQL takes relative times in whole minutes (<c>-15m</c>), which also avoids the technical user's time zone that
    /// absolute JQL dates are read in. Never imported: a day back, which the sweep then completes.
    /// </summary>
    private long MinutesBack(DateTimeOffset? highWaterMark)
    {
        var since = (highWaterMark ?? time.GetUtcNow().AddDays(-1)) - options.Value.ReconcileMargin;
        return Math.Max(1, (long)Math.Ceiling((time.GetUtcNow() - since).TotalMinutes) + 1);
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset b) => a is { } known && known > b ? known : b;
}
