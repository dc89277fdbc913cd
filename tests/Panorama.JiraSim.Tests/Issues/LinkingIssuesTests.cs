using System.Net;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Issues;

/// <summary>POST /issueLink: the body's inwardIssue does the outward verb ("inwardIssue blocks outwardIssue").</summary>
public sealed class LinkingIssuesTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly HttpClient _jira = JiraHttp.Client(fixture.Beta);

    [Fact]
    public async Task PostIssueLink_ShouldCreateTheLink_InJirasDirection()
    {
        var issues = fixture.Beta.State.Issues().Where(i => i.IssueType == "Task").Take(2).ToList();
        var (a, b) = (issues[0], issues[1]);

        using var response = await _jira.PostAsJsonAsyncRaw("/rest/api/3/issueLink",
            $$$"""{"type": {"name": "Blocks"}, "inwardIssue": {"key": "{{{a.Key}}}"}, "outwardIssue": {"key": "{{{b.Key}}}"}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var onA = await Links(a.Key);
        var onB = await Links(b.Key);
        var entryOnA = onA.Single(l => l.TryGetProperty("outwardIssue", out var o) && o.GetProperty("key").GetString() == b.Key);
        Assert.Equal("Blocks", entryOnA.GetProperty("type").GetProperty("name").GetString());
        Assert.Contains(onB, l => l.TryGetProperty("inwardIssue", out var i) && i.GetProperty("key").GetString() == a.Key);

        var id = entryOnA.GetProperty("id").GetString();
        var link = await _jira.GetJsonAsync($"/rest/api/3/issueLink/{id}");
        Assert.Equal(a.Key, link.GetProperty("inwardIssue").GetProperty("key").GetString());
        Assert.Equal(b.Key, link.GetProperty("outwardIssue").GetProperty("key").GetString());
        var snapshot = fixture.Beta.State.Links().Single(l => l.Id == id);
        Assert.Equal((a.Key, b.Key), (snapshot.SourceKey, snapshot.DestinationKey));

        using var again = await _jira.PostAsJsonAsyncRaw("/rest/api/3/issueLink",
            $$$"""{"type": {"id": "{{{entryOnA.GetProperty("type").GetProperty("id").GetString()}}}"}, "inwardIssue": {"key": "{{{a.Key}}}"}, "outwardIssue": {"key": "{{{b.Key}}}"}}""");
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Single(fixture.Beta.State.Links(), l => l.SourceKey == a.Key && l.DestinationKey == b.Key && l.TypeName == "Blocks");

        await _jira.SendJsonAsync(HttpMethod.Delete, $"/rest/api/3/issueLink/{id}", null, HttpStatusCode.NoContent);
        await _jira.GetJsonAsync($"/rest/api/3/issueLink/{id}", HttpStatusCode.NotFound);
    }

    private async Task<List<System.Text.Json.JsonElement>> Links(string key)
    {
        var issue = await _jira.GetJsonAsync($"/rest/api/3/issue/{key}?fields=issuelinks");
        return [.. issue.GetProperty("fields").GetProperty("issuelinks").EnumerateArray()];
    }
}
