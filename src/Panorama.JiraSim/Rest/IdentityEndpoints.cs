using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Panorama.JiraSim.Rest;

/// <summary><c>myself</c>, <c>mypermissions</c>, <c>serverInfo</c> and <c>_edge/tenant_info</c>: what a connection check reads.</summary>
internal static class IdentityEndpoints
{
    private static readonly (string Key, string Id, string Name, string Type, string Description)[] Permissions =
    [
        ("ADMINISTER", "0", "Administer Jira", "GLOBAL", "Create and administer projects, issue types, fields, workflows, and schemes for all projects."),
        ("BROWSE_PROJECTS", "10", "Browse Projects", "PROJECT", "Ability to browse projects and the issues within them."),
        ("CREATE_ISSUES", "11", "Create Issues", "PROJECT", "Ability to create issues."),
        ("EDIT_ISSUES", "12", "Edit Issues", "PROJECT", "Ability to edit issues."),
        ("ASSIGN_ISSUES", "13", "Assign Issues", "PROJECT", "Ability to assign issues to other people."),
        ("DELETE_ISSUES", "16", "Delete Issues", "PROJECT", "Ability to delete issues."),
        ("LINK_ISSUES", "21", "Link Issues", "PROJECT", "Ability to link issues together and create linked issues."),
        ("SCHEDULE_ISSUES", "28", "Schedule Issues", "PROJECT", "Ability to view or edit an issue's due date."),
        ("TRANSITION_ISSUES", "46", "Transition Issues", "PROJECT", "Ability to transition issues."),
        ("ADMINISTER_PROJECTS", "23", "Administer Projects", "PROJECT", "Ability to administer a project in Jira."),
    ];

    public static void MapIdentity(this WebApplication app, SiteRuntime site)
    {
        app.MapGet("/rest/api/3/myself", context => JsonResponse.WriteAsync(context, 200, w =>
        {
            var user = RequestUser.Get(context);
            var entities = site.V3.Entities;
            w.WriteStartObject();
            w.WriteString("self", $"{entities.ApiBase}/user?accountId={user.AccountId}");
            w.WriteString("accountId", user.AccountId);
            w.WriteString("accountType", "atlassian");
            w.WriteString("emailAddress", user.Email);
            w.WriteString("displayName", user.DisplayName);
            w.WriteBoolean("active", user.Active);
            w.WriteString("timeZone", user.TimeZone);
            w.WriteString("locale", "en_US");
            w.WriteStartObject("groups");
            w.WriteNumber("size", user.Administer ? 3 : 2);
            w.WriteStartArray("items");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("applicationRoles");
            w.WriteNumber("size", 1);
            w.WriteStartArray("items");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteString("expand", "groups,applicationRoles");
            w.WriteEndObject();
        }));

        app.MapGet("/rest/api/3/mypermissions", context =>
        {
            var requested = (context.Request.Query["permissions"].ToString() ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (requested.Length == 0)
            {
                return JsonResponse.ErrorAsync(context, 400, "The 'permissions' query parameter is required: a comma-separated list of permission keys, e.g. permissions=ADMINISTER.");
            }

            var unknown = requested.FirstOrDefault(r => Permissions.All(p => p.Key != r));
            if (unknown is not null)
            {
                return JsonResponse.ErrorAsync(context, 400, $"Permission key '{unknown}' is not valid.");
            }

            var user = RequestUser.Get(context);
            return JsonResponse.WriteAsync(context, 200, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("permissions");
                foreach (var permission in Permissions.Where(p => requested.Contains(p.Key)))
                {
                    w.WriteStartObject(permission.Key);
                    w.WriteString("id", permission.Id);
                    w.WriteString("key", permission.Key);
                    w.WriteString("name", permission.Name);
                    w.WriteString("type", permission.Type);
                    w.WriteString("description", permission.Description);
                    w.WriteBoolean("havePermission", permission.Key != "ADMINISTER" && permission.Key != "ADMINISTER_PROJECTS" || user.Administer);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteEndObject();
            });
        });

        app.MapGet("/rest/api/3/serverInfo", context => JsonResponse.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("baseUrl", site.BaseUrl);
            w.WriteString("displayUrl", site.BaseUrl);
            w.WriteString("version", "1001.0.0-SNAPSHOT");
            w.WriteStartArray("versionNumbers");
            w.WriteNumberValue(1001);
            w.WriteNumberValue(0);
            w.WriteNumberValue(0);
            w.WriteEndArray();
            w.WriteString("deploymentType", "Cloud");
            w.WriteNumber("buildNumber", 100_295);
            w.WriteString("buildDate", "2025-12-01T00:00:00.000+0000");
            w.WriteString("serverTime", Rendering.JiraFormats.DateTime(site.Time.GetUtcNow()));
            w.WriteString("scmInfo", "57a0ca5b4a0bb0ac5f3fee4764acb1c14e4d7e71");
            w.WriteString("serverTitle", "Jira");
            w.WriteString("serverTimeZone", "Etc/UTC");
            w.WriteEndObject();
        }));

        app.MapGet("/_edge/tenant_info", context => JsonResponse.WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("cloudId", site.Catalog.CloudId);
            w.WriteEndObject();
        }));
    }
}
