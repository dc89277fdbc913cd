using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Panorama.Core.Access;
using Panorama.Core.Fields;
using Panorama.Core.Views;
using Panorama.Data;
using Panorama.Data.Boxes.Storage;
using Panorama.Data.Connections;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Boxes.Views;

/// <summary>
/// <c>/api/boxes/{id}/fields</c>: the fields a box's views and builders can use, so box editors (who cannot read the
/// connections' administration API) can choose native fields and link types by name.
/// </summary>
internal static class FieldCatalogEndpoints
{
    public static void MapFieldCatalogEndpoints(this RouteGroupBuilder boxes) =>
        boxes.MapGet("/{id:guid}/fields", GetAsync).RequireBoxRole(BoxRole.Viewer)
            .WithName("GetBoxFieldCatalog").WithSummary("The built-in fields and each connected site's native fields and link types")
            .WithDescription("From each connection's last discovery (nothing calls Jira). Views and structure builders also accept native " +
                             "field ids missing from the catalog, written as '<site>:<field id>'.");

    internal static async Task<Ok<FieldCatalogResponse>> GetAsync(Guid id, PanoramaDbContext db, CancellationToken ct)
    {
        var connections = await db.Connections.AsNoTracking().OrderByDescending(c => c.Role == Core.Connections.ConnectionRole.Primary)
            .ThenBy(c => c.Name).ToListAsync(ct);
        var builtIn = Enum.GetValues<BuiltInField>().Select(f => new BuiltInFieldResponse(f.JsonName(), KindName(f.Kind()), Aggregations(f.Kind())));
        var sites = connections.Select(c => new SiteFieldsResponse(
            c.Name,
            c.Role == Core.Connections.ConnectionRole.Primary,
            [.. c.ReadFields().OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Select(f => new NativeFieldResponse(f.Id, f.Name, $"{c.Name}:{f.Id}"))],
            [.. c.ReadLinkTypes().Select(t => new SiteLinkTypeResponse(t.Id, t.Name, t.Outward, t.Inward))]));
        return TypedResults.Ok(new FieldCatalogResponse([.. builtIn], [.. sites]));
    }

    /// <summary>The aggregations a column view accepts for a field of this kind (null: a native field), by their API names.</summary>
    public static IReadOnlyList<string> Aggregations(BuiltInFieldKind? kind) =>
        [.. Enum.GetValues<Aggregation>().Where(a => View.Applies(a, kind)).Select(ViewJson.AggregationName)];

    private static string KindName(BuiltInFieldKind kind) => kind switch
    {
        BuiltInFieldKind.StatusCategory => "statusCategory",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
