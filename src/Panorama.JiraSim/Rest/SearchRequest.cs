using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Panorama.JiraSim.Rest;

/// <summary>The parameters of <c>search/jql</c>, from the query string (GET) or the body (POST).</summary>
internal sealed record SearchRequest(string? Jql, string? NextPageToken, int? MaxResults, IReadOnlyList<string?> Fields, string? Expand, IReadOnlyList<long> Reconcile)
{
    /// <summary>The keys of <c>SearchAndReconcileRequestBean</c>; it has <c>additionalProperties: false</c>.</summary>
    private static readonly HashSet<string> BodyKeys =
        new(["jql", "nextPageToken", "maxResults", "fields", "expand", "properties", "fieldsByKeys", "reconcileIssues"], StringComparer.Ordinal);

    public const string InvalidPayload = "Invalid request payload. Refer to the REST API documentation and try again.";

    public static SearchRequest FromQuery(IQueryCollection query) => new(
        query["jql"].ToString(),
        query["nextPageToken"].ToString() is { Length: > 0 } token ? token : null,
        int.TryParse(query["maxResults"], CultureInfo.InvariantCulture, out var max) ? max : null,
        [.. query["fields"]],
        query["expand"].ToString(),
        [.. query["reconcileIssues"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).Select(v => long.TryParse(v, out var id) ? id : -1)]);

    /// <summary>Null (with the reason) when the body has a key Jira does not know or a value of the wrong type.</summary>
    public static SearchRequest? FromBody(JsonElement body, out string? error)
    {
        error = null;
        if (body.ValueKind != JsonValueKind.Object)
        {
            error = InvalidPayload;
            return null;
        }

        string? jql = null, token = null, expand = null;
        int? max = null;
        var fields = new List<string?>();
        var reconcile = new List<long>();
        try
        {
            foreach (var property in body.EnumerateObject())
            {
                if (!BodyKeys.Contains(property.Name))
                {
                    error = InvalidPayload;
                    return null;
                }

                var value = property.Value;
                switch (property.Name)
                {
                    case "jql":
                        jql = value.ValueKind == JsonValueKind.Null ? null : value.GetString();
                        break;
                    case "nextPageToken":
                        token = value.ValueKind == JsonValueKind.Null ? null : value.GetString();
                        break;
                    case "maxResults":
                        max = value.GetInt32();
                        break;
                    case "expand":
                        expand = value.ValueKind == JsonValueKind.Null ? null : value.GetString();
                        break;
                    case "fields":
                        fields.AddRange(value.EnumerateArray().Select(f => f.GetString()));
                        break;
                    case "reconcileIssues":
                        reconcile.AddRange(value.EnumerateArray().Select(f => f.GetInt64()));
                        break;
                    case "properties":
                        _ = value.EnumerateArray().Count();
                        break;
                    case "fieldsByKeys":
                        _ = value.GetBoolean();
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            error = InvalidPayload;
            return null;
        }

        return new SearchRequest(jql, token, max, fields, expand, reconcile);
    }
}
