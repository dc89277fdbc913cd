using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Panorama.Jira.Errors;
using Panorama.Jira.Model;
using Panorama.Jira.Serialization;
using Panorama.Jira.Webhooks;

namespace Panorama.Jira.Client;

internal sealed partial class JiraClient
{
    private const int ChangelogBatch = 1000;

    public Task<JiraAdminWebhook> CreateWebhookAsync(JiraWebhookRegistration registration,
        CancellationToken cancellationToken = default) =>
        SendAsync(new JiraCall(HttpMethod.Post, JiraEndpoints.AdminWebhooks, JiraEndpoints.AdminWebhooks)
        {
            Body = WebhookBody(registration),
        }, JiraJsonContext.Default.JiraAdminWebhook, cancellationToken);

    public async Task<IReadOnlyList<JiraAdminWebhook>> GetWebhooksAsync(CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Get, JiraEndpoints.AdminWebhooks, JiraEndpoints.AdminWebhooks);

        // The admin API answers with an array; a paged {"values":[...]} shape is accepted too, in case it changes.
        var body = await SendAsync(call, JiraJsonContext.Default.JsonElement, cancellationToken);
        var list = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("values", out var values) ? values : body;
        try
        {
            return list.Deserialize(JiraJsonContext.Default.ListJiraAdminWebhook) ?? [];
        }
        catch (JsonException exception)
        {
            throw JiraErrors.Unreadable(Site, call, exception);
        }
    }

    public Task<JiraAdminWebhook> GetWebhookAsync(long webhookId, CancellationToken cancellationToken = default) =>
        SendAsync(new JiraCall(HttpMethod.Get, JiraEndpoints.AdminWebhook, WebhookPath(webhookId)),
            JiraJsonContext.Default.JiraAdminWebhook, cancellationToken);

    public Task<JiraAdminWebhook> UpdateWebhookAsync(long webhookId, JiraWebhookRegistration registration,
        CancellationToken cancellationToken = default) =>
        SendAsync(new JiraCall(HttpMethod.Put, JiraEndpoints.AdminWebhook, WebhookPath(webhookId))
        {
            Body = WebhookBody(registration),
        }, JiraJsonContext.Default.JiraAdminWebhook, cancellationToken);

    public Task DeleteWebhookAsync(long webhookId, CancellationToken cancellationToken = default) =>
        SendWithoutResultAsync(new JiraCall(HttpMethod.Delete, JiraEndpoints.AdminWebhook, WebhookPath(webhookId)),
            cancellationToken);

    public async IAsyncEnumerable<JiraIssueChangelog> ChangelogBulkFetchAsync(IReadOnlyCollection<string> issueIdsOrKeys,
        IReadOnlyCollection<string>? fieldIds = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var batch in issueIdsOrKeys.Chunk(ChangelogBatch))
        {
            string? token = null;
            do
            {
                var pageToken = token;
                var call = new JiraCall(HttpMethod.Post, JiraEndpoints.ChangelogBulkFetch, JiraEndpoints.ChangelogBulkFetch)
                {
                    Body = JsonBody.Write(w =>
                    {
                        w.WriteStrings("issueIdsOrKeys", batch);
                        w.WriteStrings("fieldIds", fieldIds);
                        if (pageToken is not null)
                        {
                            w.WriteString("nextPageToken", pageToken);
                        }
                    }),
                    Idempotent = true,
                };
                var page = await SendAsync(call, JiraJsonContext.Default.ChangelogPage, cancellationToken);
                foreach (var changelog in page.IssueChangeLogs)
                {
                    yield return changelog;
                }

                token = NextToken(call, token, page.NextPageToken);
            }
            while (token is not null);
        }
    }

    private static string WebhookPath(long webhookId) =>
        $"{JiraEndpoints.AdminWebhooks}/{webhookId.ToString(CultureInfo.InvariantCulture)}";

    private static byte[] WebhookBody(JiraWebhookRegistration registration) => JsonBody.Write(w =>
    {
        w.WriteString("name", registration.Name);
        w.WriteString("url", registration.Url);
        w.WriteStrings("events", registration.Events);
        w.WriteStartObject("filters");
        w.WriteString(JiraWebhookRegistration.IssueFilterKey, registration.JqlFilter ?? string.Empty);
        w.WriteEndObject();
        w.WriteBoolean("excludeBody", registration.ExcludeBody);
        if (registration.Secret is { } secret)
        {
            w.WriteString("secret", secret);
        }
    });
}
