using System.Text.Json;
using System.Text.Json.Serialization;
using Panorama.Jira.Model;
using Panorama.Jira.Webhooks;

namespace Panorama.Jira.Serialization;

/// <summary>
/// Source-generated metadata for every Jira shape Panorama reads: no reflection at run time. Unknown keys are ignored
/// (Jira adds fields freely); numbers sent as text are accepted.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(SearchPage))]
[JsonSerializable(typeof(IdSearchPage))]
[JsonSerializable(typeof(BulkFetchPage))]
[JsonSerializable(typeof(ChangelogPage))]
[JsonSerializable(typeof(ProjectPage))]
[JsonSerializable(typeof(PermissionsResponse))]
[JsonSerializable(typeof(IssueLinkTypesResponse))]
[JsonSerializable(typeof(ApproximateCountResponse))]
[JsonSerializable(typeof(CreatedIssueResponse))]
[JsonSerializable(typeof(TenantInfo))]
[JsonSerializable(typeof(JiraIssue))]
[JsonSerializable(typeof(JiraUser))]
[JsonSerializable(typeof(JiraServerInfo))]
[JsonSerializable(typeof(List<JiraField>))]
[JsonSerializable(typeof(JiraEditMeta))]
[JsonSerializable(typeof(JiraIssueLinkDetails))]
[JsonSerializable(typeof(JiraAdminWebhook))]
[JsonSerializable(typeof(List<JiraAdminWebhook>))]
[JsonSerializable(typeof(JiraWebhookPayload))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class JiraJsonContext : JsonSerializerContext;
