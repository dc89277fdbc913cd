using System.Security.Claims;
using Panorama.Data.Connections;
using Panorama.Sync.Connections;
using Panorama.Sync.Connections.Discovery;
using Panorama.Sync.Connections.Mappings;
using Panorama.Web.Auth;
using Panorama.Web.Connections;

namespace Panorama.Web.Components.Admin.Connections;

/// <summary>The field and dependency mapping actions of the detail page, through the same code as the mapping endpoints.</summary>
internal static class ConnectionMappingConsole
{
    /// <summary>The site's fields and link types (read once now when a valid connection has never been read).</summary>
    public static async Task<(IReadOnlyList<FieldResponse> Fields, IReadOnlyList<LinkTypeResponse> LinkTypes)> DiscoveredAsync(
        IServiceProvider services, Guid id, CancellationToken ct)
    {
        var connection = await ConnectionMappingEndpoints.DiscoveredAsync(id, services.GetRequiredService<ConnectionStore>(),
            services.GetRequiredService<ConnectionDiscovery>(), ct);
        return connection is null
            ? ([], [])
            : ([.. connection.ReadFields().Select(ConnectionMappingEndpoints.Field).OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)],
               [.. connection.ReadLinkTypes().Select(t => new LinkTypeResponse(t.Id, t.Name, t.Inward, t.Outward))]);
    }

    public static async Task<FieldMappingResponse?> FieldMappingAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        await services.GetRequiredService<ConnectionStore>().FindAsync(id, ct) is { } c ? ConnectionMappingEndpoints.FieldMapping(c) : null;

    public static async Task<DependencyMappingResponse?> DependencyMappingAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        await services.GetRequiredService<ConnectionStore>().FindAsync(id, ct) is { } c
            ? await ConnectionMappingEndpoints.DependencyMappingAsync(c, services.GetRequiredService<ConnectionMappings>(), ct)
            : null;

    public static async Task<PageOutcome<FieldMappingResponse>> SaveFieldMappingAsync(
        IServiceProvider services, ClaimsPrincipal user, Guid id, FieldMappingRequest request, CancellationToken ct)
    {
        var (mapping, unreadable) = MappingRequests.Read(request);
        if (unreadable.Count > 0)
        {
            return Refused<FieldMappingResponse>(unreadable);
        }

        var change = await services.GetRequiredService<ConnectionMappings>().SetFieldMappingAsync(id, mapping, user.ToAuditActor(), ct);
        return change.Status switch
        {
            MappingChangeStatus.Saved => new(await FieldMappingAsync(services, id, ct)),
            MappingChangeStatus.Refused => Refused<FieldMappingResponse>(change.Errors),
            _ => PageOutcome.Failed<FieldMappingResponse>(ConnectionConsole.Gone),
        };
    }

    public static async Task<PageOutcome<DependencyMappingResponse>> SaveDependencyMappingAsync(
        IServiceProvider services, ClaimsPrincipal user, Guid id, DependencyMappingRequest request, CancellationToken ct)
    {
        var (mapping, unreadable) = MappingRequests.Read(request);
        if (unreadable.Count > 0)
        {
            return Refused<DependencyMappingResponse>(unreadable);
        }

        var change = await services.GetRequiredService<ConnectionMappings>().SetDependencyMappingAsync(id, mapping, user.ToAuditActor(), ct);
        return change.Status switch
        {
            MappingChangeStatus.Saved => new(await DependencyMappingAsync(services, id, ct)),
            MappingChangeStatus.Refused => Refused<DependencyMappingResponse>(change.Errors),
            _ => PageOutcome.Failed<DependencyMappingResponse>(ConnectionConsole.Gone),
        };
    }

    private static PageOutcome<T> Refused<T>(IReadOnlyList<Core.Connections.MappingError> errors)
        where T : class =>
        new(null, "The mapping was not saved: correct the rows marked below.") { MappingErrors = ConnectionProblems.Errors(errors) };
}
