using System.Text.Json;
using Panorama.Jira.Client;
using Panorama.Jira.Model;
using Panorama.JiraSim;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// An import (SPEC 3.1) against a simulated site over HTTP: <c>search/jql</c> streamed through every page by
/// <c>nextPageToken</c> (GET and POST), ids only, the approximate count, bulk fetch in batches of 100 and the complete
/// changelog; every issue arrives exactly once and reads as the site holds it.
/// </summary>
public sealed class ImportingIssuesTests(SimulatedSitesFixture sites) : IClassFixture<SimulatedSitesFixture>
{
    private const string SearchJql = "/rest/api/3/search/jql";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SimulatedSite Alpha => sites.Alpha;

    private SiteFieldIds FieldIds => Alpha.State.FieldIds;

    private string AllProjects => $"project in ({string.Join(", ", Alpha.State.ProjectKeys)})";

    [Fact]
    public async Task SearchByPost_ShouldStreamEveryPageToTheLast_AndEveryIssueOnce_AsTheSiteHoldsIt()
    {
        sites.AlphaWire.Clear();
        var request = new JiraSearchRequest($"{AllProjects} ORDER BY id") { Fields = IssueFacts.FieldsFor(FieldIds), MaxResults = 100 };

        var issues = await sites.AlphaClient.SearchAsync(request, Ct).ToListAsync(Ct);

        var truth = Alpha.State.Issues();
        Assert.Equal(SimulatedSitesFixture.IssuesPerSite, truth.Count);
        Assert.Equal(truth.Select(IssueFacts.From), issues.Select(i => IssueFacts.From(i, FieldIds)));
        var pages = sites.AlphaWire.To("POST", SearchJql);
        Assert.Equal((truth.Count + 99) / 100, pages.Count);
        Assert.All(sites.AlphaWire.Exchanges, e => Assert.Equal(SearchJql, e.Path));
        AssertTokensChained(pages, page => page.RequestBody is { } body && JsonDocument.Parse(body).RootElement
            .TryGetProperty("nextPageToken", out var token) ? token.GetString() : null);
    }

    [Fact]
    public async Task SearchByGet_ShouldCarryTheTokenInTheQuery_ToTheLastPage_AtJirasDefaultPageSize()
    {
        sites.AlphaWire.Clear();
        var project = Alpha.State.ProjectKeys[0];
        var request = new JiraSearchRequest($"project = {project}") { Fields = IssueFacts.FieldsFor(FieldIds), UseGet = true };

        var issues = await sites.AlphaClient.SearchAsync(request, Ct).ToListAsync(Ct);

        // Without ORDER BY Jira (and the simulator) returns the newest first.
        var truth = Alpha.State.Issues().Where(i => i.ProjectKey == project).OrderByDescending(i => long.Parse(i.Id)).ToList();
        Assert.Equal(truth.Select(IssueFacts.From), issues.Select(i => IssueFacts.From(i, FieldIds)));
        var pages = sites.AlphaWire.To("GET", SearchJql);
        Assert.Equal((truth.Count + 49) / 50, pages.Count);
        Assert.True(pages.Count > 2, $"Only {pages.Count} pages: the test needs more issues in {project}.");
        AssertTokensChained(pages, page => System.Web.HttpUtility.ParseQueryString(page.Query)["nextPageToken"]);
    }

    [Fact]
    public async Task SearchIds_ShouldListEveryMatchingId_ByAskingForIdsOnly()
    {
        sites.AlphaWire.Clear();

        var pages = await sites.AlphaClient.SearchIdsAsync(AllProjects, Ct).ToListAsync(Ct);

        Assert.Equal(Alpha.State.Issues().Select(i => long.Parse(i.Id)).Order(), pages.SelectMany(p => p).Order());
        var sent = Assert.Single(sites.AlphaWire.To("POST", SearchJql));
        var body = JsonDocument.Parse(sent.RequestBody!).RootElement;
        Assert.Equal(["id"], body.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(5000, body.GetProperty("maxResults").GetInt32());
    }

    [Fact]
    public async Task ApproximateCount_ShouldCountWhatTheQueryMatches()
    {
        var project = Alpha.State.ProjectKeys[^1];

        var count = await sites.AlphaClient.ApproximateCountAsync($"project = {project} AND statusCategory != Done", Ct);

        Assert.Equal(Alpha.State.Issues().Count(i => i.ProjectKey == project && i.StatusCategoryKey != "done"), count);
    }

    [Fact]
    public async Task BulkFetch_ShouldSplitIntoCallsOfAHundred_AndReturnEachFoundIssueOnce()
    {
        sites.AlphaWire.Clear();
        var truth = Alpha.State.Issues().Take(250).ToList();

        // Ids and keys mixed, as Jira allows; a key that does not exist is silently left out.
        var refs = truth.Select((issue, i) => i % 2 == 0 ? issue.Id : issue.Key).Append("NOPE-99999").ToList();
        var result = await sites.AlphaClient.BulkFetchAsync(refs, IssueFacts.FieldsFor(FieldIds), Ct);

        Assert.Equal(truth.Select(IssueFacts.From), result.Issues.Select(i => IssueFacts.From(i, FieldIds)).OrderBy(f => long.Parse(f.Id)));
        Assert.Empty(result.IssueErrors);
        Assert.Equal([100, 100, 51], sites.AlphaWire.To("POST", "/rest/api/3/issue/bulkfetch")
            .Select(e => JsonDocument.Parse(e.RequestBody!).RootElement.GetProperty("issueIdsOrKeys").GetArrayLength()));
    }

    [Fact]
    public async Task BulkFetchPage_ShouldGiveTheIssuesBulkFetchGives_FieldForField_UntilDisposed()
    {
        var truth = Alpha.State.Issues().Skip(20).Take(100).ToList();
        var refs = truth.Select(i => i.Id).ToList();
        var fields = new[] { "*navigable", "-description" };
        var expected = await sites.AlphaClient.BulkFetchAsync(refs, fields, Ct);

        JiraIssue first;
        using (var page = await sites.AlphaClient.BulkFetchPageAsync(refs, fields, Ct))
        {
            Assert.Equal(expected.Issues.Select(i => (i.Id, i.Key, i.Self, i.Fields.GetRawText())),
                page.Issues.Select(i => (i.Id, i.Key, i.Self, i.Fields.GetRawText())));
            Assert.Equal(truth.Select(IssueFacts.From), page.Issues.Select(i => IssueFacts.From(i, FieldIds)));
            Assert.Empty(page.IssueErrors);
            first = page.Issues[0];
        }

        Assert.Throws<ObjectDisposedException>(() => first.Fields.GetRawText());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sites.AlphaClient.BulkFetchPageAsync([.. Alpha.State.Issues().Take(101).Select(i => i.Id)], fields, Ct));
    }

    [Fact]
    public async Task BulkFetch_WithoutFields_ShouldGetJirasNavigableFields()
    {
        var issue = Alpha.State.Issues()[0];

        var result = await sites.AlphaClient.BulkFetchAsync([issue.Key], cancellationToken: Ct);

        var fetched = Assert.Single(result.Issues);
        Assert.Equal((issue.Key, issue.Summary), (fetched.Key, fetched.Summary));
        Assert.NotNull(fetched.Field("issuelinks"));
        Assert.Null(fetched.Field("timetracking"));
    }

    [Fact]
    public async Task GetIssue_ShouldReadEveryFieldByDefault_AndExpandTheChangelogAndNames()
    {
        var key = Alpha.State.Issues()[7].Key;
        await SimControl.EditIssueAsync(Alpha, key, new { summary = "Renamed by a person in Jira" });
        await SimControl.EditIssueAsync(Alpha, key, new Dictionary<string, object> { ["duedate"] = "2026-07-31" });

        var issue = await sites.AlphaClient.GetIssueAsync(key, expand: ["changelog", "names"], cancellationToken: Ct);

        var truth = Alpha.State.Issue(key)!;
        Assert.Equal(IssueFacts.From(truth), IssueFacts.From(issue, FieldIds));
        Assert.Equal(truth.ChangelogEntries, issue.Changelog?.Histories.Count);
        // An expanded changelog holds Jira's most recent entries, newest first (bulk fetch gives all, oldest first).
        Assert.Equal(["duedate", "summary"], issue.Changelog!.Histories.Take(2).SelectMany(h => h.Items).Select(i => i.FieldId));
        Assert.Equal("Start date", issue.Names?.GetProperty(FieldIds.StartDate).GetString());
    }

    [Fact]
    public async Task ChangelogBulkFetch_ShouldGiveEachIssuesCompleteHistory_OldestFirst()
    {
        var truth = Alpha.State.Issues().Take(300).ToList();
        foreach (var (issue, i) in truth.Where((_, i) => i % 50 == 3).Select((issue, i) => (issue, i)))
        {
            await SimControl.EditIssueAsync(Alpha, issue.Key, new { summary = $"First rename {i}" });
            await SimControl.EditIssueAsync(Alpha, issue.Key, new Dictionary<string, object> { [FieldIds.StartDate] = "2026-06-01" });
        }

        var changelogs = await sites.AlphaClient.ChangelogBulkFetchAsync([.. truth.Select(i => i.Key)], cancellationToken: Ct)
            .ToListAsync(Ct);

        var histories = changelogs.GroupBy(c => c.IssueId!).ToDictionary(g => g.Key, g => g.SelectMany(c => c.Histories).ToList());
        var expected = truth.Select(i => Alpha.State.Issue(i.Key)!).Where(i => i.ChangelogEntries > 0).ToList();
        Assert.True(expected.Count >= 6, $"Only {expected.Count} issues have a history.");
        Assert.Equal(expected.Select(i => (i.Id, i.ChangelogEntries)), histories.Select(h => (h.Key, h.Value.Count)).OrderBy(h => long.Parse(h.Key)));
        Assert.All(histories.Values, list =>
        {
            Assert.Equal(list.Select(h => h.Created).Order(), list.Select(h => h.Created));
            Assert.All(list.SelectMany(h => h.Items), item => Assert.False(string.IsNullOrEmpty(item.FieldId)));
        });
        Assert.Contains(histories.Values.SelectMany(l => l).SelectMany(h => h.Items),
            item => item.FieldId == FieldIds.StartDate && item.To == "2026-06-01" && item.FieldType == "custom");
    }

    /// <summary>
    /// Every page but the last carries <c>nextPageToken</c>; the last leaves the key out (not null: JRACLOUD-92184);
    /// each request after the first sends the token of the page before it.
    /// </summary>
    private static void AssertTokensChained(IReadOnlyList<WireExchange> pages, Func<WireExchange, string?> sentToken)
    {
        var answered = pages.Select(p => JsonDocument.Parse(p.ResponseBody).RootElement)
            .Select(r => r.TryGetProperty("nextPageToken", out var t) ? t.GetString() : null)
            .ToList();
        Assert.All(answered[..^1], token => Assert.False(string.IsNullOrEmpty(token)));
        Assert.False(JsonDocument.Parse(pages[^1].ResponseBody).RootElement.TryGetProperty("nextPageToken", out _));
        List<string?> expected = [null, .. answered[..^1]];
        Assert.Equal(expected, pages.Select(sentToken));
    }
}
