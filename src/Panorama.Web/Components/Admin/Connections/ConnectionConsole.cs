using System.Security.Claims;
using Panorama.Data.Connections;
using Panorama.Sync.Connections;
using Panorama.Sync.Connections.Administration;
using Panorama.Sync.Connections.Discovery;
using Panorama.Sync.Connections.Mappings;
using Panorama.Sync.Connections.Screens;
using Panorama.Sync.Connections.Webhooks;
using Panorama.Sync.Reconciliation;
using Panorama.Web.Auth;
using Panorama.Web.Connections;

namespace Panorama.Web.Components.Admin.Connections;

/// <summary>
/// The connection pages' actions, through the services and views the <c>/api/connections</c> endpoints use, so a
/// page gives the same answers and leaves the same audit trail. Each call runs in the action's own DI scope
/// (<see cref="SignedInUser.RunAsync"/> hands over the scope's provider).
/// </summary>
internal static class ConnectionConsole
{
    public const string Gone = "This connection no longer exists: another administrator may have deleted it. Go back to the list.";

    public static async Task<IReadOnlyList<ConnectionResponse>> ListAsync(IServiceProvider services, CancellationToken ct)
    {
        var views = services.GetRequiredService<ConnectionViews>();
        return [.. (await services.GetRequiredService<ConnectionStore>().ListAsync(ct)).Select(views.View)];
    }

    public static async Task<ConnectionResponse?> GetAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        await services.GetRequiredService<ConnectionStore>().FindAsync(id, ct) is { } c ? services.GetRequiredService<ConnectionViews>().View(c) : null;

    /// <summary>Where sync of each connection stands (import, reconciliation, writes), when the sync services run here.</summary>
    public static async Task<IReadOnlyDictionary<Guid, SyncStatusView>> SyncStatusAsync(IServiceProvider services, Guid? id, CancellationToken ct) =>
        services.GetService<SyncStatusQuery>() is { } query
            ? (await query.ListAsync(id, ct)).ToDictionary(s => s.ConnectionId)
            : new Dictionary<Guid, SyncStatusView>();

    public static async Task<PageOutcome<ConnectionResultResponse>> CreateAsync(IServiceProvider services, ClaimsPrincipal user, NewConnection request, CancellationToken ct) =>
        Answer(services, await services.GetRequiredService<ConnectionAdministration>().CreateAsync(request, user.ToAuditActor(), ct));

    public static async Task<PageOutcome<ConnectionResultResponse>> UpdateAsync(IServiceProvider services, ClaimsPrincipal user, Guid id, ConnectionEdit edit, CancellationToken ct) =>
        Answer(services, await services.GetRequiredService<ConnectionAdministration>().UpdateAsync(id, edit, user.ToAuditActor(), ct));

    public static async Task<PageOutcome<ConnectionResultResponse>> ReplaceTokenAsync(IServiceProvider services, ClaimsPrincipal user, Guid id, string? token, CancellationToken ct) =>
        Answer(services, await services.GetRequiredService<ConnectionAdministration>().ReplaceTokenAsync(id, token, user.ToAuditActor(), ct));

    public static async Task<PageOutcome<ConnectionResultResponse>> TestAsync(IServiceProvider services, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        Answer(services, await services.GetRequiredService<ConnectionAdministration>().CheckAsync(id, user.ToAuditActor(), ct));

    public static async Task<PageOutcome<ConnectionResultResponse>> MakePrimaryAsync(IServiceProvider services, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        Answer(services, await services.GetRequiredService<ConnectionAdministration>().MakePrimaryAsync(id, user.ToAuditActor(), ct));

    public static async Task<PageOutcome<DeletedConnectionResponse>> DeleteAsync(IServiceProvider services, ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var change = await services.GetRequiredService<ConnectionAdministration>().DeleteAsync(id, user.ToAuditActor(), ct);
        return change.Status switch
        {
            ConnectionChangeStatus.Done => new(new DeletedConnectionResponse(id, change.Connection!.Name, change.Notes)),
            ConnectionChangeStatus.Conflict => PageOutcome.Failed<DeletedConnectionResponse>(change.Detail!),
            _ => PageOutcome.Failed<DeletedConnectionResponse>(Gone),
        };
    }

    public static async Task<PageOutcome<RefreshResponse>> RefreshAsync(IServiceProvider services, Guid id, CancellationToken ct)
    {
        var store = services.GetRequiredService<ConnectionStore>();
        if (await store.FindAsync(id, ct) is not { } connection)
        {
            return PageOutcome.Failed<RefreshResponse>(Gone);
        }

        var result = await services.GetRequiredService<ConnectionDiscovery>().RefreshAsync(connection, ct);
        return result.Ok
            ? new(new RefreshResponse(result.Fields, result.LinkTypes, result.DefaultsApplied, (await store.FindAsync(id, ct))?.FieldsRefreshedAt))
            : PageOutcome.Failed<RefreshResponse>(result.Error!);
    }

    public static async Task<WebhookStateResponse?> WebhookAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        await services.GetRequiredService<ConnectionWebhooks>().DescribeAsync(id, ct) is { } state ? ConnectionWebhookEndpoints.State(state) : null;

    public static async Task<PageOutcome<CheckResponse>> RegisterWebhookAsync(IServiceProvider services, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        await services.GetRequiredService<ConnectionStore>().FindAsync(id, ct) is null
            ? PageOutcome.Failed<CheckResponse>(Gone)
            : new(ConnectionViews.Check(await services.GetRequiredService<ConnectionWebhooks>().SyncAsync(id, user.ToAuditActor(), ct)));

    /// <summary>The screen check of the projects in scope, or of <paramref name="projects"/> (as <c>?projects=A,B</c>).</summary>
    public static async Task<PageOutcome<ScreenCheckResponse>> ScreenCheckAsync(IServiceProvider services, Guid id, IReadOnlyCollection<string>? projects, CancellationToken ct)
    {
        var report = await services.GetRequiredService<ConnectionScreenCheck>().RunAsync(id, projects, ct);
        return report switch
        {
            null => PageOutcome.Failed<ScreenCheckResponse>(Gone),
            { Error: { } error } => PageOutcome.Failed<ScreenCheckResponse>(error),
            _ => new(ConnectionWebhookEndpoints.ScreenCheck(report)),
        };
    }

    private static PageOutcome<ConnectionResultResponse> Answer(IServiceProvider services, ConnectionChange change) => change.Status switch
    {
        ConnectionChangeStatus.Done => new(services.GetRequiredService<ConnectionViews>().Result(change)),
        ConnectionChangeStatus.Invalid => new(null, "Correct the fields marked below, then try again.") { FieldErrors = change.Errors! },
        ConnectionChangeStatus.Conflict => PageOutcome.Failed<ConnectionResultResponse>(change.Detail!),
        _ => PageOutcome.Failed<ConnectionResultResponse>(Gone),
    };
}
