namespace Panorama.Jira.Client;

/// <summary>
/// Endpoint templates: the unit of Jira's burst limits ("tenant × endpoint × method") and of Panorama's metrics.
/// </summary>
internal static class JiraEndpoints
{
    public const string Myself = "/rest/api/3/myself";
    public const string MyPermissions = "/rest/api/3/mypermissions";
    public const string ServerInfo = "/rest/api/3/serverInfo";
    public const string Fields = "/rest/api/3/field";
    public const string ProjectSearch = "/rest/api/3/project/search";
    public const string IssueLinkTypes = "/rest/api/3/issueLinkType";
    public const string SearchJql = "/rest/api/3/search/jql";
    public const string ApproximateCount = "/rest/api/3/search/approximate-count";
    public const string BulkFetch = "/rest/api/3/issue/bulkfetch";
    public const string Issues = "/rest/api/3/issue";
    public const string Issue = "/rest/api/3/issue/{issueIdOrKey}";
    public const string EditMeta = "/rest/api/3/issue/{issueIdOrKey}/editmeta";
    public const string IssueLinks = "/rest/api/3/issueLink";
    public const string IssueLink = "/rest/api/3/issueLink/{linkId}";
    public const string ChangelogBulkFetch = "/rest/api/3/changelog/bulkfetch";
    public const string AdminWebhooks = "/rest/webhooks/1.0/webhook";
    public const string AdminWebhook = "/rest/webhooks/1.0/webhook/{webhookId}";
    public const string TenantInfo = "/_edge/tenant_info";

    public static string Escape(string segment) => Uri.EscapeDataString(segment);
}
