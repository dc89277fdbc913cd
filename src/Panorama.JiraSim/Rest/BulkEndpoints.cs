using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Panorama.JiraSim.Rendering;
using Panorama.JiraSim.State;

namespace Panorama.JiraSim.Rest;

/// <summary><c>issue/bulkfetch</c> and <c>changelog/bulkfetch</c>.</summary>
internal static class BulkEndpoints
{
    private static readonly HashSet<string> BulkFetchKeys = new(["issueIdsOrKeys", "fields", "expand", "properties", "fieldsByKeys"], StringComparer.Ordinal);
    private static readonly HashSet<string> ChangelogKeys = new(["issueIdsOrKeys", "fieldIds", "maxResults", "nextPageToken"], StringComparer.Ordinal);

    public static void MapBulk(this WebApplication app, SiteRuntime site)
    {
        // Up to 100 ids or keys; found issues come back in ascending id order, missing ones are silently left out.
        app.MapPost("/rest/api/3/issue/bulkfetch", async context =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            var root = body.RootElement;
            if (!TryRead(root, BulkFetchKeys, out var refs, out var fields, out var expand) || refs.Count is 0 or > 100)
            {
                await JsonResponse.ErrorAsync(context, 400, refs.Count > 100
                    ? "The number of issues requested exceeds the limit of 100."
                    : refs.Count == 0 ? "issueIdsOrKeys must contain at least one issue id or key." : SearchRequest.InvalidPayload);
                return;
            }

            var mask = FieldSelection.Parse(fields, site.Catalog, FieldSelection.Navigable(site.Catalog));
            if (mask.IdOnly)
            {
                mask = new FieldMask(0, false);
            }

            var expands = IssueExpands.Parse(expand);
            using (site.State.Read())
            {
                var issues = refs.Select(site.State.Find).OfType<SimIssue>().DistinctBy(i => i.Id).OrderBy(i => i.Id).ToList();
                JsonResponse.Write(context, 200, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("issues");
                    foreach (var issue in issues)
                    {
                        site.V3.Write(w, issue, mask, expands);
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("issueErrors");
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }

            await JsonResponse.FlushAsync(context);
        });

        app.MapPost("/rest/api/3/changelog/bulkfetch", async context =>
        {
            using var body = await JsonResponse.ReadBodyAsync(context);
            if (body is null)
            {
                return;
            }

            var root = body.RootElement;
            if (!TryReadChangelogRequest(root, out var refs, out var fieldIds, out var maxResults, out var offset))
            {
                await JsonResponse.ErrorAsync(context, 400, SearchRequest.InvalidPayload);
                return;
            }

            using (site.State.Read())
            {
                var entries = refs.Select(site.State.Find).OfType<SimIssue>().DistinctBy(i => i.Id).OrderBy(i => i.Id)
                    .SelectMany(issue => issue.History.Select(h => (Issue: issue, History: Filter(h, fieldIds))))
                    .Where(e => e.History.Items.Count > 0)
                    .ToList();
                var page = entries.Skip(offset).Take(maxResults).ToList();
                JsonResponse.Write(context, 200, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("issueChangeLogs");
                    foreach (var group in page.GroupBy(e => e.Issue.Id))
                    {
                        w.WriteStartObject();
                        w.WriteString("issueId", group.Key.ToString(CultureInfo.InvariantCulture));
                        w.WriteStartArray("changeHistories");
                        foreach (var (_, history) in group)
                        {
                            site.V3.WriteHistory(w, history);
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    if (offset + page.Count < entries.Count)
                    {
                        w.WriteString("nextPageToken", (offset + page.Count).ToString(CultureInfo.InvariantCulture));
                    }

                    w.WriteEndObject();
                });
            }

            await JsonResponse.FlushAsync(context);
        });
    }

    private static ChangeHistory Filter(ChangeHistory history, HashSet<string> fieldIds) =>
        fieldIds.Count == 0 ? history : history with { Items = history.Items.Where(i => fieldIds.Contains(i.FieldId)).ToList() };

    private static bool TryRead(JsonElement root, HashSet<string> allowed, out List<string> refs, out List<string?> fields, out List<string?> expand)
    {
        refs = [];
        fields = [];
        expand = [];
        if (root.ValueKind != JsonValueKind.Object || root.EnumerateObject().Any(p => !allowed.Contains(p.Name)))
        {
            return false;
        }

        try
        {
            if (root.TryGetProperty("issueIdsOrKeys", out var ids))
            {
                refs.AddRange(ids.EnumerateArray().Select(Text));
            }

            if (root.TryGetProperty("fields", out var f))
            {
                fields.AddRange(f.EnumerateArray().Select(v => v.GetString()));
            }

            if (root.TryGetProperty("expand", out var e))
            {
                expand.AddRange(e.EnumerateArray().Select(v => v.GetString()));
            }

            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryReadChangelogRequest(JsonElement root, out List<string> refs, out HashSet<string> fieldIds, out int maxResults, out int offset)
    {
        refs = [];
        fieldIds = new HashSet<string>(StringComparer.Ordinal);
        maxResults = 1000;
        offset = 0;
        if (root.ValueKind != JsonValueKind.Object || root.EnumerateObject().Any(p => !ChangelogKeys.Contains(p.Name)))
        {
            return false;
        }

        try
        {
            refs.AddRange(root.GetProperty("issueIdsOrKeys").EnumerateArray().Select(Text));
            if (root.TryGetProperty("fieldIds", out var f))
            {
                fieldIds.UnionWith(f.EnumerateArray().Select(v => v.GetString()!));
            }

            if (root.TryGetProperty("maxResults", out var m))
            {
                maxResults = m.GetInt32();
            }

            if (root.TryGetProperty("nextPageToken", out var t) && t.ValueKind == JsonValueKind.String &&
                !int.TryParse(t.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return false;
        }

        return refs.Count is >= 1 and <= 1000 && fieldIds.Count <= 10 && maxResults is >= 1 and <= 10000;
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
