using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Panorama.JiraSim.Model;
using Panorama.JiraSim.Rest;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Control;

/// <summary>Control of faults, outages, edit screens and users.</summary>
internal static class SettingsEndpoints
{
    public static void MapSettings(this RouteGroupBuilder group, SiteRuntime site)
    {
        group.MapGet("", context => JsonResponse.WriteAsync(context, 200, w => JsonSerializer.Serialize(w, new
        {
            site.Catalog.Name,
            site.BaseUrl,
            CloudId = site.Catalog.CloudId.ToString(),
            site.Catalog.FieldIds,
            Projects = site.Catalog.Projects.Select(p => p.Key),
            LinkTypes = site.Catalog.LinkTypes.Select(t => new { Id = t.Id.ToString(), t.Name, t.Inward, t.Outward }),
            Statuses = site.Catalog.Statuses.Select(s => new { Id = s.Id.ToString(), s.Name, Category = s.Category.Key }),
        }, ControlJson.Options)));

        group.MapGet("/faults", context => JsonResponse.WriteAsync(context, 200, w => JsonSerializer.Serialize(w, site.Faults.Settings, ControlJson.Options)));
        group.MapPut("/faults", async context =>
        {
            try
            {
                var settings = await JsonSerializer.DeserializeAsync<FaultSettings>(context.Request.Body, ControlJson.Options, context.RequestAborted);
                site.Faults.Settings = settings ?? FaultSettings.None;
                context.Response.StatusCode = 204;
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException)
            {
                await JsonResponse.ErrorAsync(context, 400, ex.Message);
            }
        });

        group.MapPost("/outage", async context =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            if (!body.RootElement.TryGetProperty("seconds", out var seconds) || !seconds.TryGetDouble(out var value) || value < 0)
            {
                await JsonResponse.ErrorAsync(context, 400, "Send {\"seconds\": N} with N >= 0 (0 ends the outage).");
                return;
            }

            site.Faults.StartOutage(TimeSpan.FromSeconds(value));
            context.Response.StatusCode = 204;
        });

        group.MapGet("/screens", context =>
        {
            Dictionary<string, string[]> screens;
            using (site.State.Read())
            {
                screens = site.Catalog.Projects.ToDictionary(p => p.Key, p => site.State.Screens[p.Id].Order(StringComparer.Ordinal).ToArray());
            }

            return JsonResponse.WriteAsync(context, 200, w => JsonSerializer.Serialize(w, screens, ControlJson.Options));
        });

        // {"APP": ["summary", "duedate", ...], ...}: replaces the edit (and create) screen of each named project.
        group.MapPut("/screens", async context =>
        {
            Dictionary<string, string[]>? screens;
            try
            {
                screens = await JsonSerializer.DeserializeAsync<Dictionary<string, string[]>>(context.Request.Body, ControlJson.Options, context.RequestAborted);
            }
            catch (JsonException ex)
            {
                await JsonResponse.ErrorAsync(context, 400, ex.Message);
                return;
            }

            var unknown = (screens ?? []).Keys.FirstOrDefault(k => site.Catalog.Project(k) is null);
            if (unknown is not null)
            {
                await JsonResponse.ErrorAsync(context, 400, $"Project '{unknown}' does not exist on this site.");
                return;
            }

            using (site.State.Write())
            {
                foreach (var (key, fields) in screens ?? [])
                {
                    var project = site.Catalog.Project(key)!;
                    site.State.Screens[project.Id] = fields.ToHashSet(StringComparer.Ordinal);
                }
            }

            context.Response.StatusCode = 204;
        });

        group.MapGet("/users", context => JsonResponse.WriteAsync(context, 200, w => JsonSerializer.Serialize(w,
            site.Catalog.Users.All.OrderBy(u => u.Email, StringComparer.Ordinal).Select(Describe), ControlJson.Options)));

        // {"displayName", "token", "administer", "active"}: adds the user or changes it; a new token replaces the old one.
        group.MapPut("/users/{email}", async (HttpContext context, string email) =>
        {
            UserChange? change;
            try
            {
                change = await JsonSerializer.DeserializeAsync<UserChange>(context.Request.Body, ControlJson.Options, context.RequestAborted);
            }
            catch (JsonException ex)
            {
                await JsonResponse.ErrorAsync(context, 400, ex.Message);
                return;
            }

            change ??= new UserChange(null, null, null, null);
            var existing = site.Catalog.Users.ByEmail(email);
            var user = existing is null
                ? new SimUser("5" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.ToLowerInvariant())))[..23], email,
                    change.DisplayName ?? email.Split('@')[0], "Etc/UTC", Token(change.Token), change.Administer ?? false, change.Active ?? true)
                : existing with
                {
                    DisplayName = change.DisplayName ?? existing.DisplayName,
                    Token = change.Token is null ? existing.Token : Token(change.Token),
                    Administer = change.Administer ?? existing.Administer,
                    Active = change.Active ?? existing.Active,
                };
            site.Catalog.Users.Put(user);
            using (site.State.Write())
            {
                site.State.InvalidateAll();
            }

            await JsonResponse.WriteAsync(context, existing is null ? 201 : 200, w => JsonSerializer.Serialize(w, Describe(user), ControlJson.Options));
        });
    }

    private static object Describe(SimUser user) => new
    {
        user.AccountId,
        user.Email,
        user.DisplayName,
        user.Administer,
        user.Active,
        HasToken = user.Token is not null,
    };

    /// <summary>An empty token revokes the user's token (every request then gets 401), as an expired token would.</summary>
    private static string? Token(string? token) => string.IsNullOrEmpty(token) ? null : token;

    private sealed record UserChange(string? DisplayName, string? Token, bool? Administer, bool? Active);
}
