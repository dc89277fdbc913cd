using System.Text.Json.Nodes;
using Panorama.Jira.Connections;
using Panorama.Jira.Errors;
using Panorama.Jira.Model;
using Panorama.Jira.Webhooks;

namespace Panorama.Jira.Client;

/// <summary>
/// Jira Cloud REST for one site. Every call waits for the process-wide rate limiters, retries idempotent requests on
/// 429/5xx/timeouts (honouring <c>Retry-After</c>), and fails with a <see cref="JiraException"/> whose message tells an
/// administrator what to do.
/// </summary>
public interface IJiraClient
{
    JiraSite Site { get; }

    /// <summary><c>GET /rest/api/3/myself</c>: the credential check (many endpoints answer anonymously).</summary>
    Task<JiraUser> GetMyselfAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /rest/api/3/mypermissions?permissions=A,B</c>, optionally in one project's context.</summary>
    Task<IReadOnlyDictionary<string, JiraPermission>> GetMyPermissionsAsync(IReadOnlyCollection<string> permissionKeys,
        string? projectKey = null, CancellationToken cancellationToken = default);

    Task<JiraServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JiraField>> GetFieldsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every project visible to the technical user, through all pages.</summary>
    Task<IReadOnlyList<JiraProject>> SearchProjectsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JiraIssueLinkType>> GetIssueLinkTypesAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams every issue of every page; each page is parsed from the response stream as it arrives.</summary>
    IAsyncEnumerable<JiraIssue> SearchAsync(JiraSearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>The ids of matching issues, page by page (<c>fields=id</c>, up to 5000 a page).</summary>
    IAsyncEnumerable<IReadOnlyList<long>> SearchIdsAsync(string jql, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rest/api/3/search/approximate-count</c>: an eventually consistent estimate.</summary>
    Task<long> ApproximateCountAsync(string jql, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /rest/api/3/issue/bulkfetch</c> in calls of at most 100. <paramref name="fields"/> null means Jira's
    /// default (<c>*navigable</c>).
    /// </summary>
    Task<JiraBulkFetchResult> BulkFetchAsync(IReadOnlyCollection<string> issueIdsOrKeys,
        IReadOnlyCollection<string>? fields = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// One <c>POST /rest/api/3/issue/bulkfetch</c> call of 1 to 100 issues, parsed once for the whole page: the issues
    /// are readable until the page is disposed. For bulk reads that turn issues into rows straight away (imports).
    /// </summary>
    Task<JiraIssuePage> BulkFetchPageAsync(IReadOnlyCollection<string> issueIdsOrKeys,
        IReadOnlyCollection<string>? fields = null, CancellationToken cancellationToken = default);

    Task<JiraIssue> GetIssueAsync(string issueIdOrKey, IReadOnlyCollection<string>? fields = null,
        IReadOnlyCollection<string>? expand = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rest/api/3/issue</c> with <c>{"fields": fields}</c>. Never retried: a retry could create twice.</summary>
    Task<JiraCreatedIssue> CreateIssueAsync(JsonObject fields, JiraWriteContext? context = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>PUT /rest/api/3/issue/{key}</c> with <c>{"fields": fields}</c> (dates as <c>yyyy-MM-dd</c>, null clears).
    /// <paramref name="notifyUsers"/> false needs Administer Jira or project; Jira silently ignores it otherwise.
    /// A field off the edit screen fails with <see cref="JiraErrorKind.FieldNotOnScreen"/>, worded with
    /// <paramref name="context"/>.
    /// </summary>
    Task EditIssueAsync(string issueIdOrKey, JsonObject fields, bool notifyUsers = false,
        JiraWriteContext? context = null, CancellationToken cancellationToken = default);

    Task<JiraEditMeta> GetEditMetaAsync(string issueIdOrKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /rest/api/3/issueLink</c>. Direction: the link reads "<paramref name="inwardIssue"/> ‹type.outward›
    /// <paramref name="outwardIssue"/>": with Blocks, inward A and outward B mean <em>A blocks B</em>; afterwards GET A
    /// shows <c>outwardIssue: B</c>, GET B shows <c>inwardIssue: A</c>, and the <c>issuelink_created</c> webhook has
    /// source A, destination B (shared/docs/jira-cloud-api.md 4.3). Jira answers 201 with no body and no link id:
    /// read it back from the issue's <c>issuelinks</c>. Ids (digits) or keys are accepted.
    /// </summary>
    Task CreateIssueLinkAsync(string linkTypeId, string inwardIssue, string outwardIssue,
        CancellationToken cancellationToken = default);

    Task<JiraIssueLinkDetails> GetIssueLinkAsync(string linkId, CancellationToken cancellationToken = default);

    Task DeleteIssueLinkAsync(string linkId, CancellationToken cancellationToken = default);

    /// <summary>Registers an admin webhook (<c>POST /rest/webhooks/1.0/webhook</c>; needs Administer Jira).</summary>
    Task<JiraAdminWebhook> CreateWebhookAsync(JiraWebhookRegistration registration,
        CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JiraAdminWebhook>> GetWebhooksAsync(CancellationToken cancellationToken = default);

    Task<JiraAdminWebhook> GetWebhookAsync(long webhookId, CancellationToken cancellationToken = default);

    Task<JiraAdminWebhook> UpdateWebhookAsync(long webhookId, JiraWebhookRegistration registration,
        CancellationToken cancellationToken = default);

    Task DeleteWebhookAsync(long webhookId, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST /rest/api/3/changelog/bulkfetch</c>: complete histories, oldest first, in calls of at most 1000 issues and
    /// through every page. An issue's histories may span pages: merge by <see cref="JiraIssueChangelog.IssueId"/>.
    /// </summary>
    IAsyncEnumerable<JiraIssueChangelog> ChangelogBulkFetchAsync(IReadOnlyCollection<string> issueIdsOrKeys,
        IReadOnlyCollection<string>? fieldIds = null, CancellationToken cancellationToken = default);
}
