using Microsoft.EntityFrameworkCore;
using Panorama.Data;
using Panorama.Data.Sync;

namespace Panorama.Sync.Reconciliation;

/// <summary>Reads and changes <c>sync_state</c> rows: progress, high-water mark, requests, leases.</summary>
public sealed class SyncStateStore(IDbContextFactory<PanoramaDbContext> contexts, TimeProvider time)
{
    public async Task<SyncStateRecord> GetAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SyncStates.AsNoTracking().SingleOrDefaultAsync(s => s.ConnectionId == connectionId, cancellationToken);
        if (row is not null)
        {
            return row;
        }

        await EnsureAsync(connectionId, cancellationToken);
        return await db.SyncStates.AsNoTracking().SingleAsync(s => s.ConnectionId == connectionId, cancellationToken);
    }

    public async Task<IReadOnlyList<SyncStateRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SyncStates.AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <summary>Creates the row when missing; several nodes may race, the loser's insert is simply ignored.</summary>
    public async Task EnsureAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.SyncStates.AnyAsync(s => s.ConnectionId == connectionId, cancellationToken))
        {
            return;
        }

        db.SyncStates.Add(new SyncStateRecord { ConnectionId = connectionId });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node created it first.
        }
    }

    /// <summary>Applies <paramref name="change"/> to the row and saves it.</summary>
    public async Task UpdateAsync(Guid connectionId, Action<SyncStateRecord> change, CancellationToken cancellationToken)
    {
        await EnsureAsync(connectionId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SyncStates.SingleAsync(s => s.ConnectionId == connectionId, cancellationToken);
        change(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Takes (or renews) the connection's reconciliation lease for <paramref name="owner"/>; false while another node
    /// holds an unexpired one. A conditional update, so two nodes can never both succeed.
    /// </summary>
    public async Task<bool> TryLeaseAsync(Guid connectionId, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        await EnsureAsync(connectionId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var until = now + duration;
        var taken = await db.SyncStates
            .Where(s => s.ConnectionId == connectionId && (s.LeaseOwner == null || s.LeaseUntil < now || s.LeaseOwner == owner))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseOwner, owner).SetProperty(r => r.LeaseUntil, until), cancellationToken);
        return taken == 1;
    }

    public async Task ReleaseLeaseAsync(Guid connectionId, string owner, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SyncStates.Where(s => s.ConnectionId == connectionId && s.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseOwner, (string?)null).SetProperty(r => r.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    /// <summary>Asks whichever node leads the connection to import (full) or reconcile (and sweep) soon.</summary>
    public Task RequestAsync(Guid connectionId, bool import, bool sweep, CancellationToken cancellationToken) =>
        UpdateAsync(connectionId, s =>
        {
            s.ImportRequested |= import;
            s.ReconcileRequested = true;
            s.SweepRequested |= sweep;
        }, cancellationToken);
}
