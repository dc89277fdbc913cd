using System.Text.Json;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Seeding;

public sealed class GroundTruthTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task SimState_ShouldMatchWhatTheRestApiReturns()
    {
        using var jira = JiraHttp.Client(fixture.Alpha);
        using var control = JiraHttp.Anonymous(fixture.Alpha);
        var some = fixture.Alpha.State.Issues()[3];
        await control.SendJsonAsync(HttpMethod.Put, $"/_sim/issues/{some.Key}", new { fields = new { summary = "Changed before the comparison" } }, System.Net.HttpStatusCode.NoContent);

        var state = await control.GetJsonAsync("/_sim/state");
        var fromSearch = new Dictionary<string, JsonElement>();
        string? token = null;
        do
        {
            var page = await jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/search/jql",
                new { jql = "created >= -500d", fields = new[] { "*all" }, maxResults = 100, nextPageToken = token });
            foreach (var issue in page.GetProperty("issues").EnumerateArray())
            {
                fromSearch[issue.GetProperty("id").GetString()!] = issue;
            }

            token = page.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);

        var issues = state.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(fromSearch.Count, issues.Count);
        foreach (var issue in issues)
        {
            Assert.Equal(fromSearch[issue.GetProperty("id").GetString()!].GetRawText(), issue.GetRawText());
        }

        var single = await jira.GetJsonAsync($"/rest/api/3/issue/{some.Key}");
        Assert.Equal(single.GetRawText(), issues.Single(i => i.GetProperty("key").GetString() == some.Key).GetRawText());
        var links = state.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(fixture.Alpha.State.Links().Count, links.Count);
        var link = links[0];
        var source = fromSearch[link.GetProperty("sourceIssueId").GetString()!];
        Assert.Contains(source.GetProperty("fields").GetProperty("issuelinks").EnumerateArray(),
            l => l.GetProperty("id").GetString() == link.GetProperty("id").GetString() &&
                 l.GetProperty("outwardIssue").GetProperty("id").GetString() == link.GetProperty("destinationIssueId").GetString());
    }

    [Fact]
    public async Task RenamingAUser_ShouldShowInEveryIssueTheyAppearIn()
    {
        using var jira = JiraHttp.Client(fixture.Beta);
        using var control = JiraHttp.Anonymous(fixture.Beta);
        var issue = fixture.Beta.State.Issues().First(i => i.AssigneeAccountId is not null);
        await jira.GetJsonAsync($"/rest/api/3/issue/{issue.Key}");
        var users = await control.GetJsonAsync("/_sim/users");
        var email = users.EnumerateArray().Single(u => u.GetProperty("accountId").GetString() == issue.AssigneeAccountId).GetProperty("email").GetString();

        await control.SendJsonAsync(HttpMethod.Put, $"/_sim/users/{email}", new { displayName = "Renamed Person" });

        var read = await jira.GetJsonAsync($"/rest/api/3/issue/{issue.Key}?fields=assignee");
        Assert.Equal("Renamed Person", read.GetProperty("fields").GetProperty("assignee").GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Sites_ShouldDifferAsRealSitesDo()
    {
        using var alpha = JiraHttp.Client(fixture.Alpha);
        using var beta = JiraHttp.Client(fixture.Beta);

        var alphaStart = await FieldIdAsync(alpha, "com.atlassian.jira.plugin.system.customfieldtypes:datepicker", "Start date");
        var betaStart = await FieldIdAsync(beta, "com.atlassian.jira.plugin.system.customfieldtypes:datepicker", "Start date");

        Assert.Equal(fixture.Alpha.State.FieldIds.StartDate, alphaStart);
        Assert.NotEqual(alphaStart, betaStart);
        Assert.NotEqual(fixture.Alpha.State.FieldIds.StoryPoints, fixture.Beta.State.FieldIds.StoryPoints);
        Assert.Equal(fixture.Alpha.State.FieldIds.TargetStart, await FieldIdAsync(alpha, "com.atlassian.jpo:jpo-custom-field-baseline-start", "Target start"));
        Assert.Equal(fixture.Alpha.State.FieldIds.Sprint, await FieldIdAsync(alpha, "com.pyxis.greenhopper.jira:gh-sprint", "Sprint"));
        Assert.Equal(fixture.Alpha.State.Statuses.Select(s => s.Name), fixture.Beta.State.Statuses.Select(s => s.Name));
        Assert.Empty(fixture.Alpha.State.Statuses.Select(s => s.Id).Intersect(fixture.Beta.State.Statuses.Select(s => s.Id)));
        var linkTypes = (await alpha.GetJsonAsync("/rest/api/3/issueLinkType")).GetProperty("issueLinkTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Blocks", linkTypes);
        Assert.Contains("Relates", linkTypes);
        Assert.Empty(fixture.Alpha.State.LinkTypes.Select(t => t.Id).Intersect(fixture.Beta.State.LinkTypes.Select(t => t.Id)));
    }

    [Fact]
    public void SeededData_ShouldLookLikeAPlannedPortfolio()
    {
        var issues = fixture.Alpha.State.Issues();
        var links = fixture.Alpha.State.Links();

        Assert.Equal(240, issues.Count);
        Assert.InRange(fixture.Alpha.State.ProjectKeys.Count, 2, 3);
        foreach (var type in new[] { "Epic", "Story", "Task", "Sub-task" })
        {
            Assert.Contains(issues, i => i.IssueType == type);
        }

        Assert.Contains(issues, i => i.IssueType == "Sub-task" && i.ParentKey is not null);
        Assert.Contains(issues, i => i.IssueType == "Story" && i.ParentKey is not null);
        Assert.True(issues.Count(i => i.StartDate is not null && i.DueDate is not null) > issues.Count / 2);
        Assert.Contains(issues, i => i.StoryPoints is not null);
        Assert.Contains(issues, i => i.OriginalEstimateSeconds is not null);
        Assert.Contains(issues, i => i.AssigneeAccountId is not null);
        Assert.Contains(issues, i => i.TargetStart is not null);
        Assert.All(issues, i => Assert.True(i.StartDate is null || i.DueDate is null || i.StartDate <= i.DueDate));
        Assert.True(links.Count(l => l.TypeName is "Blocks" or "Relates") > links.Count * 0.8);
    }

    [Fact]
    public async Task TheSameSeed_ShouldGiveTheSameSites()
    {
        var options = new SimulatorOptions { Sites = [new SiteOptions("alpha"), new SiteOptions("beta")], IssuesPerSite = 240, Seed = SimulatorFixture.Seed, EnforceRateLimits = false };
        await using var again = await SimulatedJira.StartAsync(options, TestContext.Current.CancellationToken);

        Assert.Equal(fixture.Beta.ApiToken, again["beta"].ApiToken);
        Assert.Equal(fixture.Beta.State.FieldIds, again["beta"].State.FieldIds);
        Assert.Equal(fixture.Beta.State.Issues().Select(i => (i.Key, i.Summary, i.DueDate, i.Status)), again["beta"].State.Issues().Select(i => (i.Key, i.Summary, i.DueDate, i.Status)));
        Assert.Equal(fixture.Beta.State.Links().Select(l => (l.SourceKey, l.DestinationKey, l.TypeName)), again["beta"].State.Links().Select(l => (l.SourceKey, l.DestinationKey, l.TypeName)));
    }

    private static async Task<string> FieldIdAsync(HttpClient client, string custom, string name)
    {
        var fields = await client.GetJsonAsync("/rest/api/3/field");
        return fields.EnumerateArray().Single(f =>
            f.GetProperty("schema").TryGetProperty("custom", out var c) && c.GetString() == custom && f.GetProperty("name").GetString() == name)
            .GetProperty("id").GetString()!;
    }
}
