using Microsoft.EntityFrameworkCore;

namespace Panorama.Data.Audit;

/// <summary>Reads the audit log for <c>GET /api/audit</c> and the App Configuration page.</summary>
public sealed class AuditLogReader(PanoramaDbContext db)
{
    public async Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            var action = query.Action.Trim();
            entries = action.EndsWith('*')
                ? entries.Where(e => e.Action.StartsWith(action.TrimEnd('*')))
                : entries.Where(e => e.Action == action);
        }

        if (query.ActorUserId is { } actorId)
        {
            entries = entries.Where(e => e.ActorUserId == actorId);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim().ToLowerInvariant();
            // ToLower becomes SQL lower() on both providers; string.Equals with a comparison has no translation.
#pragma warning disable CA1862
            entries = entries.Where(e => e.ActorDisplay != null && e.ActorDisplay.ToLower() == actor);
#pragma warning restore CA1862
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        var offset = Math.Max(0, query.Offset);
        var limit = Math.Clamp(query.Limit, 1, AuditQuery.MaxLimit);
        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
        return new AuditPage(items, total, offset, limit);
    }
}
