using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Panorama.Data;
using Panorama.Data.Sync;
using Panorama.Jira.Client;
using Panorama.Sync.Connections;
using Panorama.Sync.Scope;
using Panorama.Sync.Store;

namespace Panorama.Sync.Import;

/// <summary>
/// The slow half of convergence (SPEC 3.1): compares the issue ids in scope with the store. An issue the store has
/// but the scope search does not is re-read: gone from Jira means a tombstone, still there means it left every scope.
/// Issues the store lacks are fetched. Links are re-read for every issue in scope, because link events may be lost and
/// Jira does not promise that a link change moves <c>updated</c>.
/// </summary>
public sealed class ScopeSweep(TaskStore store, ISyncScopeSource scopes, IDbContextFactory<PanoramaDbContext> contexts, IJiraClientFactory jira)
{
    /// <summary>The ids of every issue in the connection's scope; JQL integrations' memberships are replaced on the way.</summary>
    public async Task<HashSet<long>> ScopeIdsAsync(SyncConnection connection, IReadOnlyList<SyncScopeIntegration> integrations, CancellationToken cancellationToken)
    {
        var client = jira.Create(connection.Site);
        var all = new HashSet<long>();
        foreach (var slice in ScopeSlice.For(integrations))
        {
            var members = new List<long>();
            await foreach (var page in client.SearchIdsAsync(slice.Jql, cancellationToken))
            {
                members.AddRange(page);
            }

            all.UnionWith(members);
            if (slice.IntegrationId is { } integrationId)
            {
                await scopes.ReplaceMembershipsAsync(integrationId, connection.Id, members, cancellationToken);
            }
        }

        return all;
    }

    /// <summary>The connection's stored issues that are not tombstones, with whether each is marked out of scope.</summary>
    public async Task<Dictionary<long, bool>> StoredAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Tasks.AsNoTracking().Where(t => t.ConnectionId == connectionId && t.DeletedAt == null)
            .Select(t => new { t.IssueId, Out = t.OutOfScopeAt != null })
            .ToDictionaryAsync(t => t.IssueId, t => t.Out, cancellationToken);
    }

    /// <summary>
    /// Tasks still showing a value Panorama meant to write (a write that failed and whose re-read failed too, e.g. in an
    /// outage) with no write on its way any more: re-read, they show Jira's value again.
    /// </summary>
    public async Task<List<long>> StaleLocalEditsAsync(Guid connectionId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.WriteBackOperations.Where(o => o.ConnectionId == connectionId
            && (o.State == WriteBackOperationStatus.Pending || o.State == WriteBackOperationStatus.Sending)).Select(o => o.IssueId);
        return await db.Tasks.AsNoTracking()
            .Where(t => t.ConnectionId == connectionId && t.LocalEditAt != null && t.LocalEditAt < before && t.DeletedAt == null
                && !waiting.Contains(t.IssueId))
            .Select(t => t.IssueId).ToListAsync(cancellationToken);
    }

    /// <summary>Re-reads issues the scope no longer names: tombstones for the ones Jira lost, out-of-scope marks for the rest.</summary>
    public async Task<(int Deleted, int Left)> ResolveMissingAsync(SyncConnection connection, IReadOnlyCollection<long> missing, CancellationToken cancellationToken)
    {
        if (missing.Count == 0)
        {
            return (0, 0);
        }

        var exists = await FetchAsync(connection, missing, cancellationToken);
        var still = exists.Select(r => r.IssueId).ToHashSet();
        var deleted = missing.Where(id => !still.Contains(id)).Select(id => new Tombstone(id, null, null)).ToList();
        var left = missing.Where(still.Contains).ToList();
        await store.WriteAsync(new TaskWrite
        {
            Connection = connection,
            Rows = exists,
            Tombstones = deleted,
            LeftScope = left,
        }, cancellationToken);
        return (deleted.Count, left.Count);
    }

    /// <summary>Marks every stored issue of a connection that no box's scope holds any more.</summary>
    public async Task<int> LeaveAllAsync(SyncConnection connection, CancellationToken cancellationToken)
    {
        var stored = await StoredAsync(connection.Id, cancellationToken);
        var left = stored.Where(s => !s.Value).Select(s => s.Key).ToList();
        await store.WriteAsync(new TaskWrite { Connection = connection, LeftScope = left }, cancellationToken);
        return left.Count;
    }

    /// <summary>Re-reads the links of every issue in scope (pages of 100 with <c>issuelinks,updated</c>).</summary>
    public async Task<int> RereadLinksAsync(SyncConnection connection, string scopeJql, CancellationToken cancellationToken)
    {
        var client = jira.Create(connection.Site);
        var sets = new List<IssueLinks>(100);
        var changed = 0;
        var request = new JiraSearchRequest(scopeJql) { Fields = ["issuelinks", "updated"], MaxResults = 100 };
        await foreach (var issue in client.SearchAsync(request, cancellationToken))
        {
            if (issue.NumericId is { } id && issue.Updated is { } updated)
            {
                sets.Add(new IssueLinks(id, updated, TaskRowReader.LinksOf(id, issue.Fields) ?? []));
            }

            if (sets.Count >= 500)
            {
                changed += (await store.WriteAsync(new TaskWrite { Connection = connection, LinkSets = [.. sets] }, cancellationToken)).Changed.Count;
                sets.Clear();
            }
        }

        changed += (await store.WriteAsync(new TaskWrite { Connection = connection, LinkSets = sets }, cancellationToken)).Changed.Count;
        return changed;
    }

    /// <summary>Fetches issues by id in <c>bulkfetch</c> calls of 100; issues Jira no longer has are simply absent.</summary>
    internal async Task<List<TaskRow>> FetchAsync(SyncConnection connection, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var client = jira.Create(connection.Site);
        var rows = new List<TaskRow>(ids.Count);
        foreach (var chunk in ids.Chunk(100))
        {
            var result = await client.BulkFetchAsync([.. chunk.Select(id => id.ToString(CultureInfo.InvariantCulture))], TaskRowReader.FetchFields, cancellationToken);
            rows.AddRange(result.Issues.Select(i => TaskRowReader.Read(i, connection)).OfType<TaskRow>());
        }

        return rows;
    }
}
