using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Panorama.JiraSim.Model;

namespace Panorama.JiraSim.Rendering;

/// <summary>
/// Writes the objects an issue refers to (users, statuses, types, projects...) as Jira Cloud shows them, with
/// <c>self</c> links under <see cref="ApiBase"/> (<c>/rest/api/3</c> for REST, <c>/rest/api/2</c> for webhooks).
/// These objects are immutable records, so each one's JSON is rendered once and reused (keyed by the instance: a
/// changed user is a new record).
/// </summary>
internal sealed class EntityWriter(string baseUrl, string api)
{
    private const string AvatarHost = "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net";
    private readonly ConditionalWeakTable<object, byte[]> _json = new();
    private readonly ConditionalWeakTable<object, byte[]> _strictJson = new();

    public string BaseUrl { get; } = baseUrl;

    public string ApiBase { get; } = baseUrl + api;

    public void User(Utf8JsonWriter w, SimUser? user)
    {
        if (user is null)
        {
            w.WriteNullValue();
            return;
        }

        Cached(w, _json, user, static (self, x, e) => self.RenderUser(x, e));
    }

    private void RenderUser(Utf8JsonWriter w, SimUser user)
    {
        w.WriteStartObject();
        w.WriteString("self", $"{ApiBase}/user?accountId={user.AccountId}");
        w.WriteString("accountId", user.AccountId);
        w.WriteString("emailAddress", user.Email);
        w.WritePropertyName("avatarUrls");
        AvatarUrls(w, $"{AvatarHost}/initials/{Initials(user.DisplayName)}-5.png", "size={0}&s={0}");
        w.WriteString("displayName", user.DisplayName);
        w.WriteBoolean("active", user.Active);
        w.WriteString("timeZone", user.TimeZone);
        w.WriteString("accountType", "atlassian");
        w.WriteEndObject();
    }

    public void Status(Utf8JsonWriter w, SimStatus status) => Cached(w, _json, status, static (self, x, e) => self.RenderStatus(x, e));

    private void RenderStatus(Utf8JsonWriter w, SimStatus status)
    {
        w.WriteStartObject();
        w.WriteString("self", $"{ApiBase}/status/{status.Id}");
        w.WriteString("description", status.Description);
        w.WriteString("iconUrl", $"{BaseUrl}/");
        w.WriteString("name", status.Name);
        w.WriteString("id", status.Id.ToString());
        w.WritePropertyName("statusCategory");
        StatusCategory(w, status.Category);
        w.WriteEndObject();
    }

    public void StatusCategory(Utf8JsonWriter w, StatusCategoryDef category)
    {
        w.WriteStartObject();
        w.WriteString("self", $"{ApiBase}/statuscategory/{category.Id}");
        w.WriteNumber("id", category.Id);
        w.WriteString("key", category.Key);
        w.WriteString("colorName", category.ColorName);
        w.WriteString("name", category.Name);
        w.WriteEndObject();
    }

    /// <summary>The OpenAPI schema of a linked issue's type has no <c>description</c>; issue fields do show it.</summary>
    public void IssueType(Utf8JsonWriter w, SimIssueType type, bool withDescription = true)
    {
        if (withDescription)
        {
            Cached(w, _json, type, static (self, x, t) => self.RenderIssueType(x, t, withDescription: true));
        }
        else
        {
            Cached(w, _strictJson, type, static (self, x, t) => self.RenderIssueType(x, t, withDescription: false));
        }
    }

    private void RenderIssueType(Utf8JsonWriter w, SimIssueType type, bool withDescription)
    {
        w.WriteStartObject();
        w.WriteString("self", $"{ApiBase}/issuetype/{type.Id}");
        w.WriteString("id", type.Id.ToString());
        if (withDescription)
        {
            w.WriteString("description", type.Description);
        }

        w.WriteString("iconUrl", $"{BaseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/{type.AvatarId}?size=medium");
        w.WriteString("name", type.Name);
        w.WriteBoolean("subtask", type.Subtask);
        w.WriteNumber("avatarId", type.AvatarId);
        w.WriteString("entityId", type.EntityId);
        w.WriteNumber("hierarchyLevel", type.HierarchyLevel);
        w.WriteEndObject();
    }

    public void Project(Utf8JsonWriter w, SimProject project) => Cached(w, _json, project, static (self, x, e) => self.RenderProject(x, e));

    private void RenderProject(Utf8JsonWriter w, SimProject project)
    {
        w.WriteStartObject();
        w.WriteString("self", $"{ApiBase}/project/{project.Id}");
        w.WriteString("id", project.Id.ToString());
        w.WriteString("key", project.Key);
        w.WriteString("name", project.Name);
        w.WriteString("projectTypeKey", "software");
        w.WriteBoolean("simplified", false);
        w.WritePropertyName("avatarUrls");
        ProjectAvatars(w, project);
        w.WriteEndObject();
    }

    public void ProjectAvatars(Utf8JsonWriter w, SimProject project) =>
        AvatarUrls(w, $"{BaseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10418", "size={0}");

    public void Priority(Utf8JsonWriter w, SimPriority priority) => Cached(w, _json, priority, static (self, x, e) => self.RenderPriority(x, e));

    private void RenderPriority(Utf8JsonWriter w, SimPriority priority)
    {
        w.WriteStartObject();
        w.WriteString("self", $"{ApiBase}/priority/{priority.Id}");
        w.WriteString("iconUrl", $"{BaseUrl}/images/icons/priorities/{priority.Icon}.svg");
        w.WriteString("name", priority.Name);
        w.WriteString("id", priority.Id.ToString());
        w.WriteEndObject();
    }

    public void Resolution(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("self", $"{ApiBase}/resolution/10000");
        w.WriteString("id", "10000");
        w.WriteString("description", "Work has been completed on this issue.");
        w.WriteString("name", "Done");
        w.WriteEndObject();
    }

    public void Version(Utf8JsonWriter w, SimVersion version) => Cached(w, _json, version, static (self, x, e) => self.RenderVersion(x, e));

    private void RenderVersion(Utf8JsonWriter w, SimVersion version)
    {
        w.WriteStartObject();
        w.WriteString("self", $"{ApiBase}/version/{version.Id}");
        w.WriteString("id", version.Id.ToString());
        w.WriteString("description", version.Description);
        w.WriteString("name", version.Name);
        w.WriteBoolean("archived", false);
        w.WriteBoolean("released", version.Released);
        if (version.ReleaseDate is { } date)
        {
            w.WriteString("releaseDate", JiraFormats.Date(date));
        }

        w.WriteEndObject();
    }

    public void Component(Utf8JsonWriter w, SimComponent component) => Cached(w, _json, component, static (self, x, e) => self.RenderComponent(x, e));

    private void RenderComponent(Utf8JsonWriter w, SimComponent component)
    {
        w.WriteStartObject();
        w.WriteString("self", $"{ApiBase}/component/{component.Id}");
        w.WriteString("id", component.Id.ToString());
        w.WriteString("name", component.Name);
        w.WriteString("description", component.Description);
        w.WriteEndObject();
    }

    public static void Sprint(Utf8JsonWriter w, SimSprint sprint)
    {
        w.WriteStartObject();
        w.WriteNumber("id", sprint.Id);
        w.WriteString("name", sprint.Name);
        w.WriteString("state", sprint.State);
        w.WriteNumber("boardId", sprint.BoardId);
        w.WriteString("goal", sprint.Goal);
        w.WriteString("startDate", sprint.StartDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", null));
        w.WriteString("endDate", sprint.EndDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", null));
        if (sprint.State == "closed")
        {
            w.WriteString("completeDate", sprint.EndDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", null));
        }

        w.WriteEndObject();
    }

    public void LinkType(Utf8JsonWriter w, SimLinkType type) => Cached(w, _json, type, static (self, x, e) => self.RenderLinkType(x, e));

    private void RenderLinkType(Utf8JsonWriter w, SimLinkType type)
    {
        w.WriteStartObject();
        w.WriteString("id", type.Id.ToString());
        w.WriteString("name", type.Name);
        w.WriteString("inward", type.Inward);
        w.WriteString("outward", type.Outward);
        w.WriteString("self", $"{ApiBase}/issueLinkType/{type.Id}");
        w.WriteEndObject();
    }

    /// <summary>An entity's JSON, rendered once; the render is a static lambda so a cache hit allocates nothing.</summary>
    private void Cached<T>(Utf8JsonWriter w, ConditionalWeakTable<object, byte[]> table, T key, Action<EntityWriter, Utf8JsonWriter, T> render)
        where T : class
    {
        if (!table.TryGetValue(key, out var json))
        {
            var buffer = new ArrayBufferWriter<byte>(512);
            using (var writer = new Utf8JsonWriter(buffer, JiraJson.WriterOptions))
            {
                render(this, writer, key);
            }

            json = buffer.WrittenSpan.ToArray();
            table.AddOrUpdate(key, json);
        }

        w.WriteRawValue(json, skipInputValidation: true);
    }

    private static void AvatarUrls(Utf8JsonWriter w, string url, string sizeQuery)
    {
        w.WriteStartObject();
        foreach (var size in (ReadOnlySpan<int>)[48, 24, 16, 32])
        {
            w.WriteString($"{size}x{size}", $"{url}?{string.Format(null, sizeQuery, size)}");
        }

        w.WriteEndObject();
    }

    private static string Initials(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(parts.Take(2).Select(p => char.ToUpperInvariant(p[0])));
    }
}
