using Panorama.Jira.Errors;
using Panorama.Jira.Model;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Client;

internal sealed partial class JiraClient
{
    private const int ProjectPageSize = 50;

    public Task<JiraUser> GetMyselfAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new JiraCall(HttpMethod.Get, JiraEndpoints.Myself, JiraEndpoints.Myself),
            JiraJsonContext.Default.JiraUser, cancellationToken);

    public async Task<IReadOnlyDictionary<string, JiraPermission>> GetMyPermissionsAsync(
        IReadOnlyCollection<string> permissionKeys, string? projectKey = null, CancellationToken cancellationToken = default)
    {
        if (permissionKeys.Count == 0)
        {
            throw new ArgumentException("Jira requires at least one permission key.", nameof(permissionKeys));
        }

        var path = JiraEndpoints.MyPermissions
            + Query(("permissions", string.Join(',', permissionKeys)), ("projectKey", projectKey));
        var response = await SendAsync(new JiraCall(HttpMethod.Get, JiraEndpoints.MyPermissions, path),
            JiraJsonContext.Default.PermissionsResponse, cancellationToken);
        return response.Permissions;
    }

    public Task<JiraServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new JiraCall(HttpMethod.Get, JiraEndpoints.ServerInfo, JiraEndpoints.ServerInfo),
            JiraJsonContext.Default.JiraServerInfo, cancellationToken);

    public async Task<IReadOnlyList<JiraField>> GetFieldsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(new JiraCall(HttpMethod.Get, JiraEndpoints.Fields, JiraEndpoints.Fields),
            JiraJsonContext.Default.ListJiraField, cancellationToken);

    /// <summary>
    /// <c>project/search</c> is paged the old way (<c>startAt</c>, <c>isLast</c>); unlike <c>search/jql</c>, startAt is
    /// honoured here.
    /// </summary>
    public async Task<IReadOnlyList<JiraProject>> SearchProjectsAsync(CancellationToken cancellationToken = default)
    {
        var projects = new List<JiraProject>();
        while (true)
        {
            var path = JiraEndpoints.ProjectSearch + Query(
                ("startAt", projects.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("maxResults", ProjectPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var call = new JiraCall(HttpMethod.Get, JiraEndpoints.ProjectSearch, path);
            var page = await SendAsync(call, JiraJsonContext.Default.ProjectPage, cancellationToken);
            projects.AddRange(page.Values);
            if (page.IsLast != false || page.Values.Count == 0)
            {
                return projects;
            }

            if (projects.Count > 1_000_000)
            {
                throw JiraErrors.Unreadable(Site, call, new System.Text.Json.JsonException("project/search never ends."));
            }
        }
    }

    public async Task<IReadOnlyList<JiraIssueLinkType>> GetIssueLinkTypesAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(new JiraCall(HttpMethod.Get, JiraEndpoints.IssueLinkTypes, JiraEndpoints.IssueLinkTypes),
            JiraJsonContext.Default.IssueLinkTypesResponse, cancellationToken);
        return response.IssueLinkTypes;
    }
}
