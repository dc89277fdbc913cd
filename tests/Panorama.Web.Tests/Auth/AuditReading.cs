using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Testing.Web;

namespace Panorama.Web.Tests.Auth;

/// <summary>Reads what a test host wrote to its audit log, straight from the database.</summary>
internal static class AuditReading
{
    public static async Task<List<AuditEntry>> AuditEntriesAsync(this AppFactory app, string action, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanoramaDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }

    public static async Task<string> AllAuditTextAsync(this AppFactory app, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanoramaDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().ToListAsync(cancellationToken);
        return string.Join('\n', entries.Select(e => $"{e.Action} {e.ActorDisplay} {e.TargetId} {e.Details}"));
    }
}
