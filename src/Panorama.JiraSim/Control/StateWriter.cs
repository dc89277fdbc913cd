using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Rendering;
using Panorama.JiraSim.Rest;

namespace Panorama.JiraSim.Control;

/// <summary>
/// <c>GET /_sim/state</c>: the ground truth for convergence checks. Every issue exactly as <c>GET /issue/{id}</c>
/// returns it (all fields, REST v3), in id order, and every link as "source &lt;outward&gt; destination".
/// </summary>
internal static class StateWriter
{
    public static async Task WriteAsync(HttpContext context, SiteRuntime site)
    {
        var mask = FieldSelection.All(site.Catalog);
        using (site.State.Read())
        {
            JsonResponse.Write(context, 200, w =>
            {
                w.WriteStartObject();
                w.WriteString("site", site.Catalog.Name);
                w.WriteString("baseUrl", site.BaseUrl);
                w.WriteNumber("version", site.State.Version);
                w.WriteStartArray("issues");
                foreach (var issue in site.State.IssuesById.Values.OrderBy(i => i.Id))
                {
                    site.V3.Write(w, issue, mask);
                }

                w.WriteEndArray();
                w.WriteStartArray("links");
                foreach (var link in site.State.Links.Values.OrderBy(l => l.Id))
                {
                    w.WriteStartObject();
                    w.WriteString("id", link.Id.ToString());
                    w.WriteStartObject("type");
                    w.WriteString("id", link.Type.Id.ToString());
                    w.WriteString("name", link.Type.Name);
                    w.WriteString("inward", link.Type.Inward);
                    w.WriteString("outward", link.Type.Outward);
                    w.WriteEndObject();
                    w.WriteString("sourceIssueId", link.SourceId.ToString());
                    w.WriteString("sourceIssueKey", site.State.IssuesById[link.SourceId].Key);
                    w.WriteString("destinationIssueId", link.DestinationId.ToString());
                    w.WriteString("destinationIssueKey", site.State.IssuesById[link.DestinationId].Key);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }

        await JsonResponse.FlushAsync(context);
    }
}
