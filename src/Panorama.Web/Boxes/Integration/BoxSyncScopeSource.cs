using Microsoft.EntityFrameworkCore;
using Panorama.Core.Scope;
using Panorama.Data;
using Panorama.Data.Boxes;
using Panorama.Sync.Scope;

namespace Panorama.Web.Boxes.Integration;

/// <summary>
/// The sync engine's view of box scopes: every box's integration for a connection, and the JQL memberships Jira
/// answered, kept in <c>scope_memberships</c> under the contract of <see cref="ScopeMembershipRecord"/> (each written
/// row takes a version from the task store's counter so box snapshots notice it).
/// </summary>
internal sealed class BoxSyncScopeSource(IDbContextFactory<PanoramaDbContext> contexts) : ISyncScopeSource
{
    private const int Chunk = 1000;

    public async Task<IReadOnlyList<SyncScopeIntegration>> GetIntegrationsAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.ScopeIntegrations.AsNoTracking().Where(i => i.ConnectionId == connectionId).ToListAsync(cancellationToken);
        var result = new List<SyncScopeIntegration>(records.Count);
        foreach (var record in records)
        {
            // Stored integrations were checked when saved; one that no longer reads is left out rather than stopping sync.
            var integration = ScopeIntegration.Create(record.ConnectionId, record.ProjectKeyList(), record.Jql, record.NarrowingJql);
            if (integration.IsOk)
            {
                result.Add(new SyncScopeIntegration(record.Id, integration.Value));
            }
        }

        return result;
    }

    public async Task UpdateMembershipsAsync(Guid integrationId, Guid connectionId, IReadOnlyCollection<long> inScope,
        IReadOnlyCollection<long> outOfScope, CancellationToken cancellationToken)
    {
        if (inScope.Count == 0 && outOfScope.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.ScopeIntegrations.AnyAsync(i => i.Id == integrationId, cancellationToken))
        {
            return; // removed meanwhile: its memberships went with it
        }

        var existing = await ExistingAsync(db, integrationId, inScope, cancellationToken);
        await DeleteAsync(db, integrationId, outOfScope.Where(id => !inScope.Contains(id)).ToList(), cancellationToken);
        await InsertAsync(db, integrationId, connectionId, inScope.Where(id => !existing.Contains(id)).Distinct().ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ReplaceMembershipsAsync(Guid integrationId, Guid connectionId, IReadOnlyCollection<long> issueIds,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.ScopeIntegrations.AnyAsync(i => i.Id == integrationId, cancellationToken))
        {
            return;
        }

        var wanted = issueIds.ToHashSet();
        var existing = (await db.ScopeMemberships.Where(m => m.IntegrationId == integrationId).Select(m => m.IssueId)
            .ToListAsync(cancellationToken)).ToHashSet();
        await DeleteAsync(db, integrationId, existing.Where(id => !wanted.Contains(id)).ToList(), cancellationToken);
        await InsertAsync(db, integrationId, connectionId, wanted.Where(id => !existing.Contains(id)).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<HashSet<long>> ExistingAsync(PanoramaDbContext db, Guid integrationId, IReadOnlyCollection<long> ids,
        CancellationToken cancellationToken)
    {
        var found = new HashSet<long>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            found.UnionWith(await db.ScopeMemberships.Where(m => m.IntegrationId == integrationId && chunk.Contains(m.IssueId))
                .Select(m => m.IssueId).ToListAsync(cancellationToken));
        }

        return found;
    }

    private static async Task DeleteAsync(PanoramaDbContext db, Guid integrationId, List<long> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(Chunk))
        {
            await db.ScopeMemberships.Where(m => m.IntegrationId == integrationId && chunk.Contains(m.IssueId)).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static async Task InsertAsync(PanoramaDbContext db, Guid integrationId, Guid connectionId, List<long> ids,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var version = await ChangeVersions.NextAsync(db, cancellationToken);
        foreach (var chunk in ids.Chunk(Chunk))
        {
            db.ScopeMemberships.AddRange(chunk.Select(id => new ScopeMembershipRecord
            {
                IntegrationId = integrationId,
                ConnectionId = connectionId,
                IssueId = id,
                ChangeVersion = version,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
