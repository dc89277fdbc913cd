using Panorama.Core.Access;
using Panorama.Data;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Boxes.Hierarchy;

namespace Panorama.Web.Components.Boxes;

/// <summary>What every box page loads first: the box with its path, sites, warnings and the user's role (<c>GET /api/boxes/{id}</c>).</summary>
public static class BoxPages
{
    public static Task<BoxAnswer<BoxDetailsResponse>> DetailsAsync(this BoxCalls calls, Guid boxId, CancellationToken cancellationToken) =>
        calls.RunAsync<BoxDetailsResponse>(boxId, BoxRole.Viewer, async c =>
            await BoxEndpoints.GetAsync(boxId, c.Get<PanoramaDbContext>(), c.Get<BoxSnapshotCache>(), c.User, cancellationToken));

    public static bool Allows(this BoxDetailsResponse details, BoxRole role) => role switch
    {
        BoxRole.Admin => details.Box.Role == "admin",
        BoxRole.Editor => details.Box.Role is "admin" or "editor",
        _ => true,
    };
}
