using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Rest;

/// <summary>
/// <c>issueLink</c> POST/GET/DELETE.
/// <para>
/// Direction of POST (API notes 4.3, unconfirmed by official text): the body's <c>inwardIssue</c> is the issue that
/// does the outward verb, so <c>{"type":"Blocks","inwardIssue":A,"outwardIssue":B}</c> means "A blocks B". Chosen
/// because (1) atlassian/atlassian-mcp-server#112 observed exactly this on Cloud (outwardIssue=IQS-2,
/// inwardIssue=IQS-4 made IQS-2 "is blocked by IQS-4"); (2) it matches the issue fields' convention, where B shows
/// <c>inwardIssue: A</c> and A shows <c>outwardIssue: B</c>, and the captured <c>issuelink_created</c> with
/// <c>sourceIssueId</c> A; (3) GET <c>issueLink/{id}</c> then returns the same two sides the POST was given.
/// </para>
/// </summary>
internal static class LinkEndpoints
{
    public static void MapLinks(this WebApplication app, SiteRuntime site)
    {
        app.MapPost("/rest/api/3/issueLink", async context =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            var root = body.RootElement;
            var type = Reference(root, "type", "name");
            var source = Reference(root, "inwardIssue", "key");
            var destination = Reference(root, "outwardIssue", "key");
            if (type is null || source is null || destination is null)
            {
                await JsonResponse.ErrorAsync(context, 400, "The request must name the link type and both issues (type, inwardIssue, outwardIssue).");
                return;
            }

            var result = site.Commands.Link(type, source, destination, RequestUser.Get(context).AccountId);
            if (result.Succeeded)
            {
                context.Response.StatusCode = StatusCodes.Status201Created;
                return;
            }

            await JsonResponse.ResultAsync(context, result);
        });

        app.MapGet("/rest/api/3/issueLink/{linkId}", async (HttpContext context, string linkId) =>
        {
            if (!long.TryParse(linkId, out var id))
            {
                await JsonResponse.ErrorAsync(context, 400, $"The issue link id '{linkId}' is not valid.");
                return;
            }

            var found = false;
            using (site.State.Read())
            {
                if (site.State.Links.TryGetValue(id, out var link) &&
                    site.State.IssuesById.TryGetValue(link.SourceId, out var source) &&
                    site.State.IssuesById.TryGetValue(link.DestinationId, out var destination))
                {
                    found = true;
                    JsonResponse.Write(context, 200, w => WriteLink(w, site, link, source, destination));
                }
            }

            await (found ? JsonResponse.FlushAsync(context) : JsonResponse.ErrorAsync(context, 404, $"No issue link with id '{linkId}' exists."));
        });

        app.MapDelete("/rest/api/3/issueLink/{linkId}", async (HttpContext context, string linkId) =>
        {
            if (!long.TryParse(linkId, out var id))
            {
                await JsonResponse.ErrorAsync(context, 400, $"The issue link id '{linkId}' is not valid.");
                return;
            }

            await JsonResponse.ResultAsync(context, site.Commands.Unlink(id, RequestUser.Get(context).AccountId));
        });
    }

    private static void WriteLink(Utf8JsonWriter w, SiteRuntime site, SimLink link, SimIssue source, SimIssue destination)
    {
        w.WriteStartObject();
        w.WriteString("id", link.Id.ToString());
        w.WriteString("self", $"{site.V3.Entities.ApiBase}/issueLink/{link.Id}");
        w.WritePropertyName("type");
        site.V3.Entities.LinkType(w, link.Type);
        w.WritePropertyName("inwardIssue");
        site.V3.WriteLinkedIssue(w, source, strictSchema: true);
        w.WritePropertyName("outwardIssue");
        site.V3.WriteLinkedIssue(w, destination, strictSchema: true);
        w.WriteEndObject();
    }

    private static string? Reference(JsonElement root, string property, string preferred)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)[preferred, "id", "key", "name"])
        {
            if (value.TryGetProperty(name, out var found) && found.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                return found.ValueKind == JsonValueKind.String ? found.GetString() : found.GetRawText();
            }
        }

        return null;
    }
}
