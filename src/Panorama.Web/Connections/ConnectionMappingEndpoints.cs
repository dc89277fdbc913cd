using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Panorama.Core.Connections;
using Panorama.Core.Fields;
using Panorama.Data.Connections;
using Panorama.Sync.Connections;
using Panorama.Sync.Connections.Administration;
using Panorama.Sync.Connections.Discovery;
using Panorama.Sync.Connections.Mappings;
using Panorama.Web.Auth;

namespace Panorama.Web.Connections;

/// <summary>Discovery (fields, link types, refresh) and the field and dependency mappings of a connection (rules 9-13).</summary>
internal static class ConnectionMappingEndpoints
{
    public static RouteGroupBuilder MapConnectionMappingEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/fields", GetFieldsAsync);
        group.MapGet("/{id:guid}/link-types", GetLinkTypesAsync);
        group.MapPost("/{id:guid}/fields/refresh", RefreshAsync);
        group.MapGet("/{id:guid}/field-mapping", GetFieldMappingAsync);
        group.MapPut("/{id:guid}/field-mapping", PutFieldMappingAsync);
        group.MapGet("/{id:guid}/dependency-mapping", GetDependencyMappingAsync);
        group.MapPut("/{id:guid}/dependency-mapping", PutDependencyMappingAsync);
        return group;
    }

    private static async Task<Results<Ok<FieldsResponse>, ProblemHttpResult>> GetFieldsAsync(
        Guid id, ConnectionStore store, ConnectionDiscovery discovery, CancellationToken ct) =>
        await DiscoveredAsync(id, store, discovery, ct) is { } c
            ? TypedResults.Ok(new FieldsResponse(c.FieldsRefreshedAt, [.. c.ReadFields().Select(Field)]))
            : ConnectionProblems.NotFound();

    private static async Task<Results<Ok<LinkTypesResponse>, ProblemHttpResult>> GetLinkTypesAsync(
        Guid id, ConnectionStore store, ConnectionDiscovery discovery, CancellationToken ct) =>
        await DiscoveredAsync(id, store, discovery, ct) is { } c
            ? TypedResults.Ok(new LinkTypesResponse(c.FieldsRefreshedAt,
                [.. c.ReadLinkTypes().Select(t => new LinkTypeResponse(t.Id, t.Name, t.Inward, t.Outward))]))
            : ConnectionProblems.NotFound();

    private static async Task<Results<Ok<RefreshResponse>, ProblemHttpResult>> RefreshAsync(
        Guid id, ConnectionStore store, ConnectionDiscovery discovery, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } connection)
        {
            return ConnectionProblems.NotFound();
        }

        var result = await discovery.RefreshAsync(connection, ct);
        return result.Ok
            ? TypedResults.Ok(new RefreshResponse(result.Fields, result.LinkTypes, result.DefaultsApplied, (await store.FindAsync(id, ct))?.FieldsRefreshedAt))
            : ConnectionProblems.JiraFailed(result.Error!);
    }

    private static async Task<Results<Ok<FieldMappingResponse>, ProblemHttpResult>> GetFieldMappingAsync(
        Guid id, ConnectionStore store, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } c ? TypedResults.Ok(FieldMapping(c)) : ConnectionProblems.NotFound();

    private static async Task<Results<Ok<FieldMappingResponse>, ProblemHttpResult>> PutFieldMappingAsync(
        Guid id, FieldMappingRequest request, ConnectionMappings mappings, ConnectionStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        var (mapping, unreadable) = MappingRequests.Read(request);
        if (unreadable.Count > 0)
        {
            return ConnectionProblems.MappingRefused(unreadable);
        }

        var change = await mappings.SetFieldMappingAsync(id, mapping, user.ToAuditActor(), ct);
        return change.Status switch
        {
            MappingChangeStatus.Saved => TypedResults.Ok(FieldMapping((await store.FindAsync(id, ct))!)),
            MappingChangeStatus.Refused => ConnectionProblems.MappingRefused(change.Errors),
            _ => ConnectionProblems.NotFound(),
        };
    }

    private static async Task<Results<Ok<DependencyMappingResponse>, ProblemHttpResult>> GetDependencyMappingAsync(
        Guid id, ConnectionStore store, ConnectionMappings mappings, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } c
            ? TypedResults.Ok(await DependencyMappingAsync(c, mappings, ct))
            : ConnectionProblems.NotFound();

    private static async Task<Results<Ok<DependencyMappingResponse>, ProblemHttpResult>> PutDependencyMappingAsync(
        Guid id, DependencyMappingRequest request, ConnectionMappings mappings, ConnectionStore store, ClaimsPrincipal user, CancellationToken ct)
    {
        var (mapping, unreadable) = MappingRequests.Read(request);
        if (unreadable.Count > 0)
        {
            return ConnectionProblems.MappingRefused(unreadable);
        }

        var change = await mappings.SetDependencyMappingAsync(id, mapping, user.ToAuditActor(), ct);
        return change.Status switch
        {
            MappingChangeStatus.Saved => TypedResults.Ok(await DependencyMappingAsync((await store.FindAsync(id, ct))!, mappings, ct)),
            MappingChangeStatus.Refused => ConnectionProblems.MappingRefused(change.Errors),
            _ => ConnectionProblems.NotFound(),
        };
    }

    /// <summary>The cached discovery; read once now when a valid connection has never been read.</summary>
    internal static async Task<Connection?> DiscoveredAsync(Guid id, ConnectionStore store, ConnectionDiscovery discovery, CancellationToken ct)
    {
        var connection = await store.FindAsync(id, ct);
        if (connection is { FieldsRefreshedAt: null, Status: ConnectionStatus.Valid })
        {
            await discovery.RefreshAsync(connection, ct);
            connection = await store.FindAsync(id, ct);
        }

        return connection;
    }

    internal static FieldResponse Field(JiraFieldInfo f) => new(f.Id, f.Name, f.Custom, f.SchemaType, f.SchemaItems, f.SchemaSystem, f.SchemaCustom,
        [.. BuiltInFields.Mappable.Where(b => b != BuiltInField.Progress && FieldMappingValidator.Suits(b, f)).Select(b => b.JsonName())]);

    internal static FieldMappingResponse FieldMapping(Connection c)
    {
        var names = c.ReadFields().ToDictionary(f => f.Id, f => f.Name, StringComparer.Ordinal);
        var mapping = c.ReadFieldMapping();
        return new FieldMappingResponse(
            MappingText.Role(c.Role),
            [.. mapping.Entries.Select(e => new FieldMappingEntryDto(e.Field.JsonName(), MappingText.Mode(e.Mode), e.JiraFieldId,
                e.JiraFieldId is null ? null : names.GetValueOrDefault(e.JiraFieldId)))],
            [.. mapping.Unmapped.Select(f => f.JsonName())]);
    }

    internal static async Task<DependencyMappingResponse> DependencyMappingAsync(Connection c, ConnectionMappings mappings, CancellationToken ct)
    {
        var names = c.ReadLinkTypes().ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        var entries = c.ReadDependencyMapping().Entries.Select(e => new DependencyMappingEntryDto(e.LinkTypeId, MappingText.Direction(e.Direction),
            e.Type.ToString(), MappingText.Strength(e.Strength), e.Synced, names.GetValueOrDefault(e.LinkTypeId)));
        return new DependencyMappingResponse([.. entries], [.. (await mappings.LinkTypesUsedByStructureAsync(c.Id, ct)).Order(StringComparer.Ordinal)]);
    }
}
