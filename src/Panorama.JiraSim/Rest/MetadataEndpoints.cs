using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Rendering;

namespace Panorama.JiraSim.Rest;

/// <summary><c>field</c>, <c>project/search</c> and <c>issueLinkType</c>: the site's configuration as Panorama discovers it.</summary>
internal static class MetadataEndpoints
{
    public static void MapMetadata(this WebApplication app, SiteRuntime site)
    {
        app.MapGet("/rest/api/3/field", context => JsonResponse.WriteAsync(context, 200, w =>
        {
            w.WriteStartArray();
            foreach (var field in site.Catalog.Fields)
            {
                w.WriteStartObject();
                w.WriteString("id", field.Id);
                w.WriteString("key", field.Id);
                w.WriteString("name", field.Name);
                w.WriteBoolean("custom", field.Custom);
                w.WriteBoolean("orderable", field.Orderable);
                w.WriteBoolean("navigable", field.Navigable);
                w.WriteBoolean("searchable", field.Searchable);
                w.WriteStartArray("clauseNames");
                foreach (var clause in field.ClauseNames.Distinct(StringComparer.Ordinal))
                {
                    w.WriteStringValue(clause);
                }

                w.WriteEndArray();
                w.WritePropertyName("schema");
                IssueWriter.WriteSchema(w, field);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }));

        app.MapGet("/rest/api/3/project/search", context =>
        {
            var query = context.Request.Query;
            var startAt = int.TryParse(query["startAt"], CultureInfo.InvariantCulture, out var s) ? Math.Max(0, s) : 0;
            var maxResults = int.TryParse(query["maxResults"], CultureInfo.InvariantCulture, out var m) ? m : 50;
            maxResults = maxResults is <= 0 or > 100 ? (maxResults <= 0 ? 50 : 100) : maxResults;
            var keys = query["keys"].SelectMany(k => (k ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var ids = query["id"].SelectMany(k => (k ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
            var text = query["query"].ToString();
            var projects = site.Catalog.Projects
                .Where(p => keys.Count == 0 || keys.Contains(p.Key))
                .Where(p => ids.Count == 0 || ids.Contains(p.Id.ToString()))
                .Where(p => text.Length == 0 || p.Key.Contains(text, StringComparison.OrdinalIgnoreCase) || p.Name.Contains(text, StringComparison.OrdinalIgnoreCase))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .ToList();
            var page = projects.Skip(startAt).Take(maxResults).ToList();
            var isLast = startAt + page.Count >= projects.Count;
            var entities = site.V3.Entities;
            return JsonResponse.WriteAsync(context, 200, w =>
            {
                w.WriteStartObject();
                w.WriteString("self", $"{entities.ApiBase}/project/search?startAt={startAt}&maxResults={maxResults}");
                if (!isLast)
                {
                    w.WriteString("nextPage", $"{entities.ApiBase}/project/search?startAt={startAt + maxResults}&maxResults={maxResults}");
                }

                w.WriteNumber("maxResults", maxResults);
                w.WriteNumber("startAt", startAt);
                w.WriteNumber("total", projects.Count);
                w.WriteBoolean("isLast", isLast);
                w.WriteStartArray("values");
                foreach (var project in page)
                {
                    w.WriteStartObject();
                    w.WriteString("expand", "description,lead,issueTypes,url,projectKeys,permissions,insight");
                    w.WriteString("self", $"{entities.ApiBase}/project/{project.Id}");
                    w.WriteString("id", project.Id.ToString());
                    w.WriteString("key", project.Key);
                    w.WriteString("name", project.Name);
                    w.WritePropertyName("avatarUrls");
                    entities.ProjectAvatars(w, project);
                    w.WriteString("projectTypeKey", "software");
                    w.WriteBoolean("simplified", false);
                    w.WriteString("style", "classic");
                    w.WriteBoolean("isPrivate", false);
                    w.WriteStartObject("properties");
                    w.WriteEndObject();
                    w.WriteString("uuid", project.Uuid);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        });

        app.MapGet("/rest/api/3/issueLinkType", context => JsonResponse.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("issueLinkTypes");
            foreach (var type in site.Catalog.LinkTypes)
            {
                site.V3.Entities.LinkType(w, type);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }));

        app.MapGet("/rest/api/3/issueLinkType/{issueLinkTypeId}", (HttpContext context, string issueLinkTypeId) =>
        {
            var type = site.Catalog.LinkTypes.FirstOrDefault(t => t.Id.ToString() == issueLinkTypeId);
            return type is null
                ? JsonResponse.ErrorAsync(context, 404, $"No issue link type with id '{issueLinkTypeId}' found.")
                : JsonResponse.WriteAsync(context, 200, w => site.V3.Entities.LinkType(w, type));
        });
    }
}
