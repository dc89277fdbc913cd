using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Rest;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Control;

/// <summary>
/// The control API under <c>/_sim</c> (SPEC 4.4): no Basic auth, no faults, no rate limits. Changes act as a person
/// editing in Jira (the site's editor account, or <c>?as=&lt;email&gt;</c>): they bump <c>updated</c>, write the
/// changelog and fire the same webhooks as REST changes; unlike REST they ignore screens and may set <c>status</c>.
/// </summary>
internal static class ControlEndpoints
{
    public static void MapControl(this WebApplication app, SiteRuntime site)
    {
        var group = app.MapGroup("/_sim");
        group.MapPost("/issues", async context =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            var result = site.Commands.Create(body.RootElement, Actor(context, site), control: true);
            await (result.Value is SimIssue created ? IssueEndpoints.WriteCreatedAsync(context, site, created) : JsonResponse.ResultAsync(context, result));
        });

        group.MapPut("/issues/{key}", async (HttpContext context, string key) =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is not null)
            {
                await JsonResponse.ResultAsync(context, site.Commands.Edit(key, body.RootElement, Actor(context, site), control: true));
            }
        });

        group.MapDelete("/issues/{key}", (HttpContext context, string key) =>
            JsonResponse.ResultAsync(context, site.Commands.Delete(key, Actor(context, site), deleteSubtasks: true)));

        // {"type": "Blocks", "from": "A-1", "to": "A-2"} reads "A-1 blocks A-2"; answers 201 {"id": "<link id>"}.
        group.MapPost("/links", async context =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            var root = body.RootElement;
            var result = site.Commands.Link(Text(root, "type"), Text(root, "from"), Text(root, "to"), Actor(context, site));
            await (result.Value is SimLink link
                ? JsonResponse.WriteAsync(context, 201, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("id", link.Id.ToString());
                    w.WriteEndObject();
                })
                : JsonResponse.ResultAsync(context, result));
        });

        group.MapDelete("/links/{id}", (HttpContext context, string id) =>
            long.TryParse(id, out var linkId)
                ? JsonResponse.ResultAsync(context, site.Commands.Unlink(linkId, Actor(context, site)))
                : JsonResponse.ErrorAsync(context, 404, $"No issue link with id '{id}' exists."));

        group.MapSettings(site);
        group.MapGet("/state", context => StateWriter.WriteAsync(context, site));
        group.MapGet("/stats", context => JsonResponse.WriteAsync(context, 200, w => JsonSerializer.Serialize(w, site.Counters.Snapshot(), ControlJson.Options)));
    }

    private static string Actor(HttpContext context, SiteRuntime site) =>
        context.Request.Query["as"].ToString() is { Length: > 0 } email && site.Catalog.Users.ByEmail(email) is { } user
            ? user.AccountId
            : site.Catalog.EditorAccountId;

    private static string Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()
            : "";
}
