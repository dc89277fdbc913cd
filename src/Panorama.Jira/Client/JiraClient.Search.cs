using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Panorama.Jira.Errors;
using Panorama.Jira.Model;
using Panorama.Jira.Serialization;

namespace Panorama.Jira.Client;

internal sealed partial class JiraClient
{
    private const int IdPageSize = 5000;
    private const int BulkFetchBatch = 100;

    public async IAsyncEnumerable<JiraIssue> SearchAsync(JiraSearchRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? token = null;
        do
        {
            var call = SearchCall(request, token);
            var page = await SendAsync(call, JiraJsonContext.Default.SearchPage, cancellationToken);
            foreach (var issue in page.Issues)
            {
                yield return issue;
            }

            token = NextToken(call, token, page.NextPageToken);
        }
        while (token is not null);
    }

    public async IAsyncEnumerable<IReadOnlyList<long>> SearchIdsAsync(string jql,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new JiraSearchRequest(jql) { Fields = ["id"], MaxResults = IdPageSize };
        string? token = null;
        do
        {
            var call = SearchCall(request, token);
            var page = await SendAsync(call, JiraJsonContext.Default.IdSearchPage, cancellationToken);
            var ids = new List<long>(page.Issues.Count);
            foreach (var issue in page.Issues)
            {
                ids.Add(long.TryParse(issue.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? id
                    : throw JiraErrors.Unreadable(Site, call, new JsonException($"Issue id '{issue.Id}' is not a number.")));
            }

            yield return ids;
            token = NextToken(call, token, page.NextPageToken);
        }
        while (token is not null);
    }

    public async Task<long> ApproximateCountAsync(string jql, CancellationToken cancellationToken = default)
    {
        var call = new JiraCall(HttpMethod.Post, JiraEndpoints.ApproximateCount, JiraEndpoints.ApproximateCount)
        {
            Body = JsonBody.Write(w => w.WriteString("jql", jql)),
            Idempotent = true,
        };
        var response = await SendAsync(call, JiraJsonContext.Default.ApproximateCountResponse, cancellationToken);
        return response.Count;
    }

    public async Task<JiraBulkFetchResult> BulkFetchAsync(IReadOnlyCollection<string> issueIdsOrKeys,
        IReadOnlyCollection<string>? fields = null, CancellationToken cancellationToken = default)
    {
        var issues = new List<JiraIssue>(issueIdsOrKeys.Count);
        var errors = new List<JiraIssueError>();
        foreach (var batch in issueIdsOrKeys.Chunk(BulkFetchBatch))
        {
            var call = BulkFetchCall(batch, fields);
            var page = await SendAsync(call, JiraJsonContext.Default.BulkFetchPage, cancellationToken);
            issues.AddRange(page.Issues);
            errors.AddRange(page.IssueErrors);
        }

        return new JiraBulkFetchResult(issues, errors);
    }

    public async Task<JiraIssuePage> BulkFetchPageAsync(IReadOnlyCollection<string> issueIdsOrKeys,
        IReadOnlyCollection<string>? fields = null, CancellationToken cancellationToken = default)
    {
        if (issueIdsOrKeys.Count is 0 or > BulkFetchBatch)
        {
            throw new ArgumentOutOfRangeException(nameof(issueIdsOrKeys), issueIdsOrKeys.Count, $"A bulkfetch page takes 1 to {BulkFetchBatch} issues.");
        }

        var call = BulkFetchCall(issueIdsOrKeys, fields);
        return await SendForPageAsync(call, root => (IssuePageReading.Issues(root), IssuePageReading.Errors(root)), cancellationToken);
    }

    private static JiraCall BulkFetchCall(IReadOnlyCollection<string> batch, IReadOnlyCollection<string>? fields) =>
        new(HttpMethod.Post, JiraEndpoints.BulkFetch, JiraEndpoints.BulkFetch)
        {
            Body = JsonBody.Write(w =>
            {
                w.WriteStrings("issueIdsOrKeys", batch);
                w.WriteStrings("fields", fields);
            }),
            Idempotent = true,
        };

    private static JiraCall SearchCall(JiraSearchRequest request, string? token)
    {
        var reconcile = request.ReconcileIssues?.Select(id => id.ToString(CultureInfo.InvariantCulture));
        if (request.UseGet)
        {
            var path = JiraEndpoints.SearchJql + Query(
                ("jql", request.Jql),
                ("nextPageToken", token),
                ("maxResults", request.MaxResults?.ToString(CultureInfo.InvariantCulture)),
                ("fields", Join(request.Fields)),
                ("expand", Join(request.Expand)),
                ("properties", Join(request.Properties)),
                ("fieldsByKeys", request.FieldsByKeys is { } byKeys ? (byKeys ? "true" : "false") : null),
                ("reconcileIssues", Join(reconcile)));
            return new JiraCall(HttpMethod.Get, JiraEndpoints.SearchJql, path);
        }

        // The POST body allows no unknown keys (additionalProperties: false); expand is one comma-separated string.
        return new JiraCall(HttpMethod.Post, JiraEndpoints.SearchJql, JiraEndpoints.SearchJql)
        {
            Body = JsonBody.Write(w =>
            {
                w.WriteString("jql", request.Jql);
                if (token is not null)
                {
                    w.WriteString("nextPageToken", token);
                }

                if (request.MaxResults is { } max)
                {
                    w.WriteNumber("maxResults", max);
                }

                w.WriteStrings("fields", request.Fields);
                if (Join(request.Expand) is { } expand)
                {
                    w.WriteString("expand", expand);
                }

                w.WriteStrings("properties", request.Properties);
                if (request.FieldsByKeys is { } fieldsByKeys)
                {
                    w.WriteBoolean("fieldsByKeys", fieldsByKeys);
                }

                if (request.ReconcileIssues is { } ids)
                {
                    w.WriteStartArray("reconcileIssues");
                    foreach (var id in ids)
                    {
                        w.WriteNumberValue(id);
                    }

                    w.WriteEndArray();
                }
            }),
            Idempotent = true,
        };
    }

    /// <summary>The next page's token, or null on the last page; a token that repeats would loop forever.</summary>
    private string? NextToken(JiraCall call, string? previous, string? next)
    {
        if (string.IsNullOrEmpty(next))
        {
            return null;
        }

        return next == previous
            ? throw JiraErrors.Unreadable(Site, call, new JsonException("search/jql returned the same nextPageToken twice."))
            : next;
    }
}
