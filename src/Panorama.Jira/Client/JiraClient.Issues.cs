using System.Text.Json.Nodes;
using Panorama.Jira.Errors;
using Panorama.Jira.Model;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Client;

internal sealed partial class JiraClient
{
    public Task<JiraIssue> GetIssueAsync(string issueIdOrKey, IReadOnlyCollection<string>? fields = null,
        IReadOnlyCollection<string>? expand = null, CancellationToken cancellationToken = default)
    {
        var path = $"/rest/api/3/issue/{JiraEndpoints.Escape(issueIdOrKey)}"
            + Query(("fields", Join(fields)), ("expand", Join(expand)));
        return SendAsync(new JiraCall(HttpMethod.Get, JiraEndpoints.Issue, path), JiraJsonContext.Default.JiraIssue,
            cancellationToken);
    }

    public async Task<JiraCreatedIssue> CreateIssueAsync(JsonObject fields, JiraWriteContext? context = null,
        CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Post, JiraEndpoints.Issues, JiraEndpoints.Issues)
        {
            Body = FieldsBody(fields),
            FieldsWritten = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal),
            WriteContext = context,
        };
        var created = await SendAsync(call, JiraJsonContext.Default.CreatedIssueResponse, cancellationToken);
        return created is { Id: { } id, Key: { } key }
            ? new JiraCreatedIssue(id, key, created.Self)
            : throw JiraErrors.Unreadable(Site, call, new System.Text.Json.JsonException("The created issue has no id or key."));
    }

    public Task EditIssueAsync(string issueIdOrKey, JsonObject fields, bool notifyUsers = false,
        JiraWriteContext? context = null, CancellationToken cancellationToken = default)
    {
        var path = $"/rest/api/3/issue/{JiraEndpoints.Escape(issueIdOrKey)}"
            + Query(("notifyUsers", notifyUsers ? null : "false"));
        return SendWithoutResultAsync(new JiraCall(HttpMethod.Put, JiraEndpoints.Issue, path)
        {
            Body = FieldsBody(fields),
            IssueKeys = [issueIdOrKey],
            FieldsWritten = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal),
            WriteContext = context,
        }, cancellationToken);
    }

    public Task<JiraEditMeta> GetEditMetaAsync(string issueIdOrKey, CancellationToken cancellationToken = default) =>
        SendAsync(new JiraCall(HttpMethod.Get, JiraEndpoints.EditMeta,
                $"/rest/api/3/issue/{JiraEndpoints.Escape(issueIdOrKey)}/editmeta"),
            JiraJsonContext.Default.JiraEditMeta, cancellationToken);

    private static byte[] FieldsBody(JsonObject fields) => JsonBody.Write(w =>
    {
        w.WritePropertyName("fields");
        fields.WriteTo(w);
    });
}
