using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Jql;
using Panorama.JiraSim.State;
using Panorama.JiraSim.Webhooks;

namespace Panorama.JiraSim.Rest;

/// <summary>
/// Admin webhooks, <c>/rest/webhooks/1.0/webhook</c>: register (201), list, get, update (a PUT without
/// <c>secret</c> keeps the old one, as Jira is reported to do) and delete (204). Needs ADMINISTER (403 otherwise).
/// The response carries <c>self</c> ending in the id, <c>isSigned</c>, <c>enabled</c> and <c>lastUpdated</c>
/// (epoch milliseconds); the secret itself is never returned.
/// </summary>
internal static class AdminWebhookEndpoints
{
    private const string Base = "/rest/webhooks/1.0/webhook";
    private const string FilterKey = "issue-related-events-section";

    public static void MapAdminWebhooks(this WebApplication app, SiteRuntime site)
    {
        app.MapGet(Base, context => Admin(context, () =>
        {
            List<WebhookRegistration> all;
            using (site.State.Read())
            {
                all = [.. site.State.Webhooks.Values.OrderBy(r => r.Id)];
            }

            return JsonResponse.WriteAsync(context, 200, w =>
            {
                w.WriteStartArray();
                foreach (var registration in all)
                {
                    Write(w, site, registration);
                }

                w.WriteEndArray();
            });
        }));

        app.MapGet(Base + "/{id}", (HttpContext context, string id) => Admin(context, () =>
        {
            WebhookRegistration? registration;
            using (site.State.Read())
            {
                registration = long.TryParse(id, out var key) ? site.State.Webhooks.GetValueOrDefault(key) : null;
            }

            return registration is null
                ? JsonResponse.ErrorAsync(context, 404, $"No webhook with id {id} exists.")
                : JsonResponse.WriteAsync(context, 200, w => Write(w, site, registration));
        }));

        app.MapPost(Base, context => Admin(context, () => SaveAsync(context, site, null)));
        app.MapPut(Base + "/{id}", (HttpContext context, string id) => Admin(context, () =>
            long.TryParse(id, out var key) ? SaveAsync(context, site, key) : JsonResponse.ErrorAsync(context, 404, $"No webhook with id {id} exists.")));

        app.MapDelete(Base + "/{id}", (HttpContext context, string id) => Admin(context, () =>
        {
            bool removed;
            using (site.State.Write())
            {
                removed = long.TryParse(id, out var key) && site.State.Webhooks.Remove(key);
            }

            if (!removed)
            {
                return JsonResponse.ErrorAsync(context, 404, $"No webhook with id {id} exists.");
            }

            context.Response.StatusCode = 204;
            return Task.CompletedTask;
        }));
    }

    private static Task Admin(HttpContext context, Func<Task> action) =>
        RequestUser.Get(context).Administer
            ? action()
            : JsonResponse.ErrorAsync(context, 403, "You must have the 'Administer Jira' global permission to manage webhooks.");

    private static async Task SaveAsync(HttpContext context, SiteRuntime site, long? id)
    {
        using var body = await JsonResponse.ReadBodyAsync(context);
        if (body is null)
        {
            return;
        }

        var root = body.RootElement;
        var errors = new Commands.ErrorCollection();
        var name = String(root, "name");
        var url = String(root, "url");
        var events = root.TryGetProperty("events", out var e) && e.ValueKind == JsonValueKind.Array
            ? e.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : null;
        var filter = root.TryGetProperty("filters", out var f) && f.ValueKind == JsonValueKind.Object ? String(f, FilterKey) : null;
        var excludeBody = root.TryGetProperty("excludeBody", out var x) && x.ValueKind == JsonValueKind.True;
        var enabled = !root.TryGetProperty("enabled", out var en) || en.ValueKind != JsonValueKind.False;
        var secretGiven = root.TryGetProperty("secret", out var s);
        var secret = secretGiven && s.ValueKind == JsonValueKind.String && s.GetString()!.Length > 0 ? s.GetString() : null;

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Errors["name"] = "The webhook name is required.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            errors.Errors["url"] = "The webhook URL must be an absolute http or https URL.";
        }

        if (events is null || events.Count == 0)
        {
            errors.Errors["events"] = "At least one event is required.";
        }

        JqlQuery? parsed = null;
        if (!string.IsNullOrWhiteSpace(filter))
        {
            try
            {
                parsed = JqlParser.Parse(filter);
            }
            catch (JqlException ex)
            {
                errors.Errors["filters"] = ex.Message;
            }
        }

        if (!errors.IsEmpty)
        {
            await JsonResponse.ErrorAsync(context, 400, errors);
            return;
        }

        WebhookRegistration? saved;
        using (site.State.Write())
        {
            var old = id is { } key ? site.State.Webhooks.GetValueOrDefault(key) : null;
            if (id is not null && old is null)
            {
                saved = null;
            }
            else
            {
                saved = new WebhookRegistration(
                    old?.Id ?? site.State.NextWebhookId++, name!, url!, events!, string.IsNullOrWhiteSpace(filter) ? null : filter, parsed,
                    excludeBody, secretGiven ? secret : old?.Secret, enabled, site.Time.GetUtcNow(), RequestUser.Get(context).AccountId);
                site.State.Webhooks[saved.Id] = saved;
            }
        }

        await (saved is null
            ? JsonResponse.ErrorAsync(context, 404, $"No webhook with id {id} exists.")
            : JsonResponse.WriteAsync(context, id is null ? 201 : 200, w => Write(w, site, saved)));
    }

    private static void Write(Utf8JsonWriter w, SiteRuntime site, WebhookRegistration registration)
    {
        var user = site.Catalog.Users.ByAccountId(registration.LastUpdatedAccountId);
        w.WriteStartObject();
        w.WriteString("name", registration.Name);
        w.WriteString("url", registration.Url);
        w.WriteBoolean("excludeBody", registration.ExcludeBody);
        w.WriteStartObject("filters");
        w.WriteString(FilterKey, registration.JqlFilter ?? "");
        w.WriteEndObject();
        w.WriteStartArray("events");
        foreach (var name in registration.Events)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WriteBoolean("enabled", registration.Enabled);
        w.WriteString("self", $"{site.BaseUrl}{Base}/{registration.Id}");
        w.WriteString("lastUpdatedUser", registration.LastUpdatedAccountId);
        w.WriteString("lastUpdatedDisplayName", user?.DisplayName ?? "");
        w.WriteNumber("lastUpdated", registration.LastUpdated.ToUnixTimeMilliseconds());
        w.WriteBoolean("isSigned", registration.Secret is not null);
        w.WriteEndObject();
    }

    private static string? String(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
