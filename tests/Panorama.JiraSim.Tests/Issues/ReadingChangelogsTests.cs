using System.Net;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Issues;

public sealed class ReadingChangelogsTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task ChangelogBulkFetch_ShouldPageOldestFirst_AndFilterByField()
    {
        using var jira = JiraHttp.Client(fixture.Alpha);
        var key = fixture.Alpha.State.Issues().First(i => i.IssueType == "Bug").Key;
        foreach (var (summary, due) in new[] { ("one", "2030-01-01"), ("two", "2030-01-02"), ("three", "2030-01-03") })
        {
            await jira.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{key}", new { fields = new { summary, duedate = due } }, HttpStatusCode.NoContent);
        }

        var first = await jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/changelog/bulkfetch", new { issueIdsOrKeys = new[] { key }, maxResults = 2 });
        var token = first.GetProperty("nextPageToken").GetString();
        var second = await jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/changelog/bulkfetch", new { issueIdsOrKeys = new[] { key }, maxResults = 2, nextPageToken = token });
        var dueOnly = await jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/changelog/bulkfetch", new { issueIdsOrKeys = new[] { key }, fieldIds = new[] { "duedate" } });

        var histories = first.GetProperty("issueChangeLogs")[0].GetProperty("changeHistories").EnumerateArray()
            .Concat(second.GetProperty("issueChangeLogs")[0].GetProperty("changeHistories").EnumerateArray()).ToList();
        Assert.Equal(["one", "two", "three"], histories.Select(h => h.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("fieldId").GetString() == "summary").GetProperty("toString").GetString()));
        Assert.False(second.TryGetProperty("nextPageToken", out _));
        Assert.All(dueOnly.GetProperty("issueChangeLogs")[0].GetProperty("changeHistories").EnumerateArray(),
            h => Assert.Equal("duedate", Assert.Single(h.GetProperty("items").EnumerateArray()).GetProperty("fieldId").GetString()));
    }
}
