using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Commands;
using Panorama.JiraSim.Hosting;
using Panorama.JiraSim.Rendering;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Rest;

/// <summary><c>issue</c> GET/POST/PUT/DELETE and <c>issue/{key}/editmeta</c>.</summary>
internal static class IssueEndpoints
{
    public static void MapIssues(this WebApplication app, SiteRuntime site)
    {
        app.MapGet("/rest/api/3/issue/{issueIdOrKey}", async (HttpContext context, string issueIdOrKey) =>
        {
            var mask = FieldSelection.Parse(context.Request.Query["fields"], site.Catalog, FieldSelection.All(site.Catalog));
            var expand = IssueExpands.Parse(context.Request.Query["expand"]);
            var found = false;
            using (site.State.Read())
            {
                if (site.State.Find(issueIdOrKey) is { } issue)
                {
                    found = true;
                    JsonResponse.Write(context, 200, w => site.V3.Write(w, issue, mask.IdOnly ? new FieldMask(0, false) : mask, expand, namesInBean: true));
                }
            }

            await (found ? JsonResponse.FlushAsync(context) : JsonResponse.ErrorAsync(context, 404, Messages.IssueNotFound));
        });

        app.MapGet("/rest/api/3/issue/{issueIdOrKey}/editmeta", async (HttpContext context, string issueIdOrKey) =>
        {
            var found = false;
            using (site.State.Read())
            {
                if (site.State.Find(issueIdOrKey) is { } issue)
                {
                    found = true;
                    JsonResponse.Write(context, 200, w => site.V3.WriteEditmeta(w, issue));
                }
            }

            await (found ? JsonResponse.FlushAsync(context) : JsonResponse.ErrorAsync(context, 404, Messages.IssueNotFound));
        });

        app.MapPost("/rest/api/3/issue", async context =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            var result = site.Commands.Create(body.RootElement, RequestUser.Get(context).AccountId, control: false);
            await (result.Value is SimIssue created ? WriteCreatedAsync(context, site, created) : JsonResponse.ResultAsync(context, result));
        });

        app.MapPut("/rest/api/3/issue/{issueIdOrKey}", async (HttpContext context, string issueIdOrKey) =>
        {
            var query = context.Request.Query;
            if (IsTrue(query["overrideScreenSecurity"]) || IsTrue(query["overrideEditableFlag"]))
            {
                await JsonResponse.ErrorAsync(context, 403, "Only Connect apps and Forge apps acting as an administrator can override screen security or the editable flag.");
                return;
            }

            if (!await WithinIssueWriteLimitAsync(context, site, issueIdOrKey))
            {
                return;
            }

            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            // notifyUsers=false needs admin rights and is otherwise ignored; the simulator sends no e-mail either way.
            var result = site.Commands.Edit(issueIdOrKey, body.RootElement, RequestUser.Get(context).AccountId, control: false);
            if (result.Succeeded && IsTrue(query["returnIssue"]))
            {
                var mask = FieldSelection.All(site.Catalog);
                using (site.State.Read())
                {
                    if (site.State.Find(issueIdOrKey) is { } issue)
                    {
                        JsonResponse.Write(context, 200, w => site.V3.Write(w, issue, mask));
                    }
                }

                await JsonResponse.FlushAsync(context);
                return;
            }

            await JsonResponse.ResultAsync(context, result);
        });

        app.MapDelete("/rest/api/3/issue/{issueIdOrKey}", async (HttpContext context, string issueIdOrKey) =>
        {
            if (!await WithinIssueWriteLimitAsync(context, site, issueIdOrKey))
            {
                return;
            }

            var result = site.Commands.Delete(issueIdOrKey, RequestUser.Get(context).AccountId, IsTrue(context.Request.Query["deleteSubtasks"]));
            await JsonResponse.ResultAsync(context, result);
        });
    }

    public static Task WriteCreatedAsync(HttpContext context, SiteRuntime site, SimIssue issue) =>
        JsonResponse.WriteAsync(context, 201, w =>
        {
            w.WriteStartObject();
            w.WriteString("id", issue.Id.ToString(CultureInfo.InvariantCulture));
            w.WriteString("key", issue.Key);
            w.WriteString("self", $"{site.V3.Entities.ApiBase}/issue/{issue.Id}");
            w.WriteEndObject();
        });

    /// <summary>Jira's per-issue write limit (20 in 2 s, 100 in 30 s); answers 429 and returns false when exceeded.</summary>
    private static async Task<bool> WithinIssueWriteLimitAsync(HttpContext context, SiteRuntime site, string issueIdOrKey)
    {
        if (site.RateLimits is not { } limits)
        {
            return true;
        }

        long? id;
        using (site.State.Read())
        {
            id = site.State.Find(issueIdOrKey)?.Id;
        }

        if (id is null)
        {
            return true;
        }

        var decision = limits.AcquireIssueWrite(id.Value);
        if (decision.Allowed)
        {
            return true;
        }

        await SitePipeline.TooManyAsync(context, site, decision);
        return false;
    }

    private static bool IsTrue(Microsoft.Extensions.Primitives.StringValues value) =>
        string.Equals(value.ToString(), "true", StringComparison.OrdinalIgnoreCase);
}
