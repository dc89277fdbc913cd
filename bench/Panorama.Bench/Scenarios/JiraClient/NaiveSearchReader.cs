using System.Text.Json;
using Panorama.Jira.Model;

namespace Panorama.Bench.Scenarios.JiraClient;

/// <summary>
/// The client one writes first: each page read whole as a string (<c>GetStringAsync</c>), parsed with
/// <c>JsonDocument.Parse</c>, the same values taken from every issue; the baseline the Panorama client is compared with.
/// </summary>
internal sealed class NaiveSearchReader(HttpClient http)
{
    public async Task<IssueTally> ReadAsync(string jql, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var tally = new IssueTally();
        string? token = null;
        do
        {
            var text = await http.GetStringAsync(SearchUrl.For(jql, fields, token), cancellationToken);
            using var page = JsonDocument.Parse(text);
            foreach (var issue in page.RootElement.GetProperty("issues").EnumerateArray())
            {
                var issueFields = issue.GetProperty("fields");
                DateTimeOffset? updated = issueFields.TryGetProperty("updated", out var u)
                    && JiraDates.TryParseDateTime(u.GetString(), out var parsed) ? parsed : null;
                var category = issueFields.TryGetProperty("status", out var status)
                    ? status.GetProperty("statusCategory").GetProperty("key").GetString()
                    : null;
                tally.Add(long.Parse(issue.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
                    issue.GetProperty("key").GetString(), issueFields.GetProperty("summary").GetString(), category, updated);
            }

            tally.Pages++;
            token = page.RootElement.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        return tally;
    }
}
