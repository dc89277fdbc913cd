using Panorama.Sync.Reconciliation;
using Panorama.Sync.Workers;
using Panorama.Web.Auth;

namespace Panorama.Web.Sync;

/// <summary>
/// <c>/api/sync</c> for application administrators: where each connection's sync stands (import progress, high-water
/// mark, last reconciliation and sweep, pending deliveries and writes, pause reason), and a way to ask for a
/// reconciliation with a sweep now, or a full import (<c>full=true</c>). The work runs on whichever node leads the
/// connection; follow it with GET.
/// </summary>
internal static class SyncControlEndpoints
{
    public static IEndpointRouteBuilder MapSyncControlEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sync").WithTags("Sync").RequireAuthorization(AuthPolicies.AppAdmin);
        group.MapGet("", async (SyncStatusQuery query, CancellationToken ct) => TypedResults.Ok(await query.ListAsync(null, ct)))
            .WithSummary("Where synchronisation of every connection stands.");
        group.MapGet("/{connectionId:guid}", GetAsync).WithSummary("Where synchronisation of one connection stands.");
        group.MapPost("/{connectionId:guid}", RequestAsync)
            .WithSummary("Reconciles a connection now (with the id sweep), or imports it again with full=true; answers 202.");
        return endpoints;
    }

    private static async Task<IResult> GetAsync(Guid connectionId, SyncStatusQuery query, CancellationToken cancellationToken) =>
        (await query.ListAsync(connectionId, cancellationToken)).SingleOrDefault() is { } status
            ? TypedResults.Ok(status)
            : SyncEndpoints.Problem(404, "Connection not found", $"There is no connection {connectionId}. List them with GET /api/sync.");

    private static async Task<IResult> RequestAsync(Guid connectionId, SyncStateStore states, SyncStatusQuery query, SyncSignals signals,
        CancellationToken cancellationToken, bool full = false)
    {
        if ((await query.ListAsync(connectionId, cancellationToken)).SingleOrDefault() is not { } status)
        {
            return SyncEndpoints.Problem(404, "Connection not found", $"There is no connection {connectionId}. List them with GET /api/sync.");
        }

        await states.RequestAsync(connectionId, import: full, sweep: true, cancellationToken);
        signals.Wake(connectionId, SyncLoop.Reconcile);
        return TypedResults.Accepted($"/api/sync/{connectionId}", status);
    }
}
