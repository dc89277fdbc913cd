using Panorama.Core.Tasks;
using Panorama.Data.Boxes.Snapshots;
using Panorama.Web.Boxes.Hierarchy;

namespace Panorama.Web.Boxes;

internal static class BoxSites
{
    public static BoxSiteResponse ToResponse(SiteRef site, SiteCatalog catalog) => new(
        site.ConnectionId,
        site.Name,
        site.IsPrimary,
        catalog.StatusOf(site.ConnectionId).ToString(),
        catalog.IsStale(site.ConnectionId),
        catalog.StatusReasonOf(site.ConnectionId));
}
