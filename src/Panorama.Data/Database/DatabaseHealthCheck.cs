using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Panorama.Data.Database;

/// <summary>Ready means: migrations applied and the database answers now.</summary>
internal sealed class DatabaseHealthCheck(
    IDbContextFactory<PanoramaDbContext> contexts,
    DatabaseState state) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        if (!state.IsReady)
        {
            return HealthCheckResult.Unhealthy($"Database not ready: {state.LastError ?? "migrations are still running."}");
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Database answers.")
                : HealthCheckResult.Unhealthy("Database unreachable: the connection could not be opened.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Database unreachable: {DatabaseErrors.Describe(ex)}");
        }
    }
}
