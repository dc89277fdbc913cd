using Microsoft.EntityFrameworkCore;

namespace Panorama.Data.Audit;

/// <summary>
/// Writes each entry through its own context so it commits even when the caller's unit of work is later rolled back
/// (a failed sign-in must be on record although nothing else changes).
/// </summary>
public sealed class AuditLog(IDbContextFactory<PanoramaDbContext> contexts, TimeProvider time) : IAuditLog
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntry.Create(auditEvent, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
