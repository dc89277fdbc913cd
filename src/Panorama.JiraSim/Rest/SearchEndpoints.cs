using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Commands;
using Panorama.JiraSim.Jql;
using Panorama.JiraSim.Rendering;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Rest;

/// <summary>
/// <c>search/jql</c> (GET and POST), <c>search/approximate-count</c>, and the removed <c>/search</c> (410).
/// Pagination follows Jira: <c>nextPageToken</c> is absent on the last page, <c>startAt</c> is ignored, <c>fields</c>
/// defaults to <c>id</c>, <c>maxResults</c> defaults to 50 and is capped at 100 when fields other than id/key are
/// asked for, 5000 otherwise.
/// </summary>
internal static class SearchEndpoints
{
    public const int DefaultMaxResults = 50;
    public const int MaxResultsWithFields = 100;
    public const int MaxResultsIdsOnly = 5000;

    public static void MapSearch(this WebApplication app, SiteRuntime site)
    {
        app.MapGet("/rest/api/3/search/jql", context => SearchAsync(context, site, SearchRequest.FromQuery(context.Request.Query)));
        app.MapPost("/rest/api/3/search/jql", async context =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            var request = SearchRequest.FromBody(body.RootElement, out var error);
            await (request is null ? JsonResponse.ErrorAsync(context, 400, error!) : SearchAsync(context, site, request));
        });

        app.MapPost("/rest/api/3/search/approximate-count", async context =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            var root = body.RootElement;
            if (root.ValueKind != System.Text.Json.JsonValueKind.Object || root.EnumerateObject().Any(p => p.Name != "jql"))
            {
                await JsonResponse.ErrorAsync(context, 400, SearchRequest.InvalidPayload);
                return;
            }

            var jql = root.TryGetProperty("jql", out var j) ? j.GetString() : null;
            long count = 0;
            string? failure = null;
            using (site.State.Read())
            {
                try
                {
                    count = Evaluate(site, jql, RequestUser.Get(context).AccountId).Length;
                }
                catch (JqlException ex)
                {
                    failure = ex.Message;
                }
            }

            await (failure is not null
                ? JsonResponse.ErrorAsync(context, 400, failure)
                : JsonResponse.WriteAsync(context, 200, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("count", count);
                    w.WriteEndObject();
                }));
        });

        foreach (var path in (string[])["/rest/api/3/search", "/rest/api/2/search"])
        {
            app.MapMethods(path, ["GET", "POST"], context => JsonResponse.ErrorAsync(context, 410, Messages.SearchRemoved));
        }
    }

    private static async Task SearchAsync(HttpContext context, SiteRuntime site, SearchRequest request)
    {
        if (request.Reconcile.Count > 50 || request.Reconcile.Any(id => id < 0))
        {
            await JsonResponse.ErrorAsync(context, 400, "reconcileIssues accepts at most 50 issue ids.");
            return;
        }

        var mask = FieldSelection.Parse(request.Fields, site.Catalog, FieldMask.OnlyId);
        var expand = IssueExpands.Parse([request.Expand]);
        var cap = mask.Bits == 0 ? MaxResultsIdsOnly : MaxResultsWithFields;
        var pageSize = Math.Clamp(request.MaxResults is null or <= 0 ? DefaultMaxResults : request.MaxResults.Value, 1, cap);
        string? failure = null;
        using (site.State.Read())
        {
            try
            {
                var (page, next) = Page(site, request, pageSize, RequestUser.Get(context).AccountId);
                JsonResponse.Write(context, 200, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("issues");
                    foreach (var issue in page)
                    {
                        site.V3.Write(w, issue, mask, expand);
                    }

                    w.WriteEndArray();
                    if (next is not null)
                    {
                        w.WriteString("nextPageToken", next);
                    }

                    w.WriteBoolean("isLast", next is null);
                    site.V3.WriteNamesAndSchema(w, mask, expand);
                    w.WriteEndObject();
                });
            }
            catch (JqlException ex)
            {
                failure = ex.Message;
            }
        }

        await (failure is null ? JsonResponse.FlushAsync(context) : JsonResponse.ErrorAsync(context, 400, failure));
    }

    /// <summary>One page of the query's result and the token of the next page (null on the last page).</summary>
    private static (List<SimIssue> Page, string? Next) Page(SiteRuntime site, SearchRequest request, int pageSize, string accountId)
    {
        var query = request.Jql ?? "";
        SearchCursors.Cursor? cursor = null;
        var offset = 0;
        if (request.NextPageToken is { } token)
        {
            if (!SearchCursors.TryParse(token, out var cursorId, out offset, out var lastId))
            {
                throw new JqlException("The provided next page token is invalid or expired.");
            }

            cursor = site.Cursors.Find(cursorId, query);
            if (cursor is null)
            {
                // The snapshot was evicted: evaluate again and resume after the last issue the client saw.
                cursor = site.Cursors.Create(Evaluate(site, query, accountId), query);
                var index = Array.IndexOf(cursor.Ids, lastId);
                offset = index >= 0 ? index + 1 : Math.Min(offset, cursor.Ids.Length);
            }
        }

        cursor ??= site.Cursors.Create(Evaluate(site, query, accountId), query);
        var page = new List<SimIssue>(Math.Min(pageSize, Math.Max(0, cursor.Ids.Length - offset)));
        var position = offset;
        while (position < cursor.Ids.Length && page.Count < pageSize)
        {
            if (site.State.IssuesById.TryGetValue(cursor.Ids[position], out var issue))
            {
                page.Add(issue);
            }

            position++;
        }

        var next = position < cursor.Ids.Length ? SearchCursors.Token(cursor.Id, position, page.Count > 0 ? page[^1].Id : 0) : null;
        return (page, next);
    }

    /// <summary>The ids matching a bounded query, in its order (read lock held).</summary>
    private static long[] Evaluate(SiteRuntime site, string? jql, string accountId)
    {
        var query = JqlParser.Parse(jql);
        if (!query.IsBounded)
        {
            throw new JqlException(Messages.Unbounded);
        }

        var predicate = JqlCompiler.Compile(query.Where, new JqlContext(site.Catalog, site.State, accountId, site.Time.GetUtcNow()));
        var comparison = JqlSorter.Build(query.OrderBy, site.Catalog);
        var matches = new List<SimIssue>();
        foreach (var issue in site.State.IssuesById.Values)
        {
            if (predicate(issue))
            {
                matches.Add(issue);
            }
        }

        matches.Sort(comparison);
        var ids = new long[matches.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = matches[i].Id;
        }

        return ids;
    }
}
