using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Panorama.Data;

namespace Panorama.Bench.Scenarios.Sync;

/// <summary>Reads a bench host's task store directly: waits for the workers' first import, lists the imported tasks.</summary>
internal static class SyncBenchStore
{
    /// <summary>Waits until the sync workers have imported <paramref name="issues"/> tasks of the connection; returns how long it took.</summary>
    public static async Task<TimeSpan> WaitForImportAsync(SyncBenchHost host, Guid connectionId, int issues, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var stored = 0;
        while (watch.Elapsed < timeout)
        {
            stored = await CountAsync(host, connectionId, cancellationToken);
            if (stored >= issues)
            {
                return watch.Elapsed;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The workers imported {stored} of {issues} issues in {timeout.TotalSeconds:F0} s.");
    }

    public static async Task<int> CountAsync(SyncBenchHost host, Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await host.Service<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(cancellationToken);
        return await db.Tasks.CountAsync(t => t.ConnectionId == connectionId && t.DeletedAt == null, cancellationToken);
    }

    /// <summary>Every live task of the connection as (issue id, key, summary), in issue id order.</summary>
    public static async Task<IReadOnlyList<(long IssueId, string Key, string Summary)>> TasksAsync(SyncBenchHost host, Guid connectionId,
        CancellationToken cancellationToken)
    {
        await using var db = await host.Service<IDbContextFactory<PanoramaDbContext>>().CreateDbContextAsync(cancellationToken);
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.ConnectionId == connectionId && t.DeletedAt == null)
            .OrderBy(t => t.IssueId)
            .Select(t => new { t.IssueId, t.IssueKey, t.Summary })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.IssueId, r.IssueKey, r.Summary))];
    }
}
