using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Panorama.Sync.Tests.Support;

/// <summary>
/// Every difference between a simulated site's ground truth (<c>GET /_sim/state</c>) and Panorama's store, in every
/// synced field and link: the convergence check of the chaos tests. Every project of the site is in scope.
/// </summary>
internal static class StoreDiff
{
    public static async Task<IReadOnlyList<string>> CompareAsync(SyncedSites sites, ConnectedSite site, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.Sim.BaseUrl) };
        using var state = JsonDocument.Parse(await http.GetStringAsync("/_sim/state", cancellationToken));
        await using var db = await sites.DbAsync(cancellationToken);
        var rows = await db.Tasks.AsNoTracking().Where(t => t.ConnectionId == site.ConnectionId).ToDictionaryAsync(t => t.IssueId, cancellationToken);
        var links = await db.TaskLinks.AsNoTracking().Where(l => l.ConnectionId == site.ConnectionId).ToListAsync(cancellationToken);
        var fieldIds = site.Sim.State.FieldIds;
        var diffs = new List<string>();
        var seen = new HashSet<long>();
        foreach (var issue in state.RootElement.GetProperty("issues").EnumerateArray())
        {
            var id = long.Parse(issue.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
            var key = issue.GetProperty("key").GetString()!;
            seen.Add(id);
            if (!rows.TryGetValue(id, out var row))
            {
                diffs.Add($"{site.Name} {key}: in Jira, missing in the store");
                continue;
            }

            var f = issue.GetProperty("fields");
            Check(diffs, site, key, "deleted", null, row.DeletedAt?.ToString("O", CultureInfo.InvariantCulture));
            Check(diffs, site, key, "outOfScope", null, row.OutOfScopeAt?.ToString("O", CultureInfo.InvariantCulture));
            Check(diffs, site, key, "key", key, row.IssueKey);
            Check(diffs, site, key, "project", f.GetProperty("project").GetProperty("key").GetString(), row.ProjectKey);
            Check(diffs, site, key, "issueType", f.GetProperty("issuetype").GetProperty("id").GetString(), row.IssueTypeId);
            Check(diffs, site, key, "status", f.GetProperty("status").GetProperty("id").GetString(), row.StatusId);
            Check(diffs, site, key, "summary", f.GetProperty("summary").GetString(), row.Summary);
            Check(diffs, site, key, "assignee", Text(f, "assignee", "accountId"), row.AssigneeAccountId);
            Check(diffs, site, key, "parent", Text(f, "parent", "id"), row.ParentIssueId?.ToString(CultureInfo.InvariantCulture));
            Check(diffs, site, key, "startDate", Text(f, fieldIds.StartDate), Date(row.StartDate));
            Check(diffs, site, key, "endDate", Text(f, "duedate"), Date(row.EndDate));
            Check(diffs, site, key, "baselineStart", Text(f, fieldIds.TargetStart), Date(row.BaselineStart));
            Check(diffs, site, key, "baselineEnd", Text(f, fieldIds.TargetEnd), Date(row.BaselineEnd));
            Check(diffs, site, key, "originalEstimate", Number(f, "timeoriginalestimate"), row.OriginalEstimate?.ToString(CultureInfo.InvariantCulture));
            Check(diffs, site, key, "remainingEstimate", Number(f, "timeestimate"), row.RemainingEstimate?.ToString(CultureInfo.InvariantCulture));
            Check(diffs, site, key, "timeSpent", Number(f, "timespent"), row.TimeSpent?.ToString(CultureInfo.InvariantCulture));
            Check(diffs, site, key, "storyPoints", Number(f, fieldIds.StoryPoints), row.StoryPoints?.ToString(CultureInfo.InvariantCulture));
            Check(diffs, site, key, "updated", DateTimeOffset.Parse(Text(f, "updated")!.Insert(26, ":"), CultureInfo.InvariantCulture).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                row.Updated.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        }

        diffs.AddRange(rows.Values.Where(r => r.DeletedAt is null && !seen.Contains(r.IssueId))
            .Select(r => $"{site.Name} {r.IssueKey}: deleted in Jira, live in the store"));

        var truth = state.RootElement.GetProperty("links").EnumerateArray().Select(l => (
            Id: long.Parse(l.GetProperty("id").GetString()!, CultureInfo.InvariantCulture),
            Type: l.GetProperty("type").GetProperty("id").GetString()!,
            Source: long.Parse(l.GetProperty("sourceIssueId").GetString()!, CultureInfo.InvariantCulture),
            Destination: long.Parse(l.GetProperty("destinationIssueId").GetString()!, CultureInfo.InvariantCulture))).ToHashSet();
        var stored = links.Select(l => (Id: l.LinkId, Type: l.LinkTypeId, Source: l.SourceIssueId, Destination: l.DestinationIssueId)).ToHashSet();
        diffs.AddRange(truth.Except(stored).Select(l => $"{site.Name} link {l.Id} ({l.Source} {l.Type} {l.Destination}): in Jira, missing in the store"));
        diffs.AddRange(stored.Except(truth).Select(l => $"{site.Name} link {l.Id} ({l.Source} {l.Type} {l.Destination}): in the store, not in Jira"));
        return diffs;
    }

    private static void Check(List<string> diffs, ConnectedSite site, string key, string field, string? jira, string? store)
    {
        if (!string.Equals(jira, store, StringComparison.Ordinal))
        {
            diffs.Add($"{site.Name} {key} {field}: Jira '{jira}', store '{store}'");
        }
    }

    private static string? Text(JsonElement fields, string field, string? property = null)
    {
        if (!fields.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property is not null)
        {
            return value.TryGetProperty(property, out var inner) && inner.ValueKind != JsonValueKind.Null ? inner.ToString() : null;
        }

        return value.ToString();
    }

    private static string? Number(JsonElement fields, string field) =>
        fields.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble().ToString(CultureInfo.InvariantCulture)
            : null;

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<string> ExplainAsync(SyncedSites sites, CancellationToken cancellationToken)
    {
        var all = new List<string>();
        foreach (var site in sites.Sites)
        {
            all.AddRange(await CompareAsync(sites, site, cancellationToken));
        }

        return all.Count == 0 ? "no differences" : $"{all.Count} differences:\n" + string.Join("\n", all.Take(40));
    }
}
