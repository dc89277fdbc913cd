using System.Text.Json;
using Panorama.Jira.Client;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// An import of a site with 5,230 issues: ids come in pages of at most 5,000, a search of every issue streams 53 pages,
/// and changelogs are asked for 1,000 issues at a time, each issue exactly once.
/// </summary>
public sealed class ImportingALargeSiteTests(LargeSiteFixture large) : IClassFixture<LargeSiteFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string AllProjects => $"project in ({string.Join(", ", large.Site.State.ProjectKeys)})";

    [Fact]
    public async Task SearchIds_ShouldPageByFiveThousand_AndListEveryIdOnce()
    {
        large.Wire.Clear();

        var pages = await large.Host.Client.SearchIdsAsync(AllProjects, Ct).ToListAsync(Ct);

        Assert.Equal([5_000, LargeSiteFixture.Issues - 5_000], pages.Select(p => p.Count));
        Assert.Equal(large.Site.State.Issues().Select(i => long.Parse(i.Id)).Order(), pages.SelectMany(p => p).Order());
        Assert.Equal(2, large.Wire.To("POST", "/rest/api/3/search/jql").Count);
    }

    [Fact]
    public async Task Search_ShouldStreamEveryPage_InTheQuerysOrder_EachIssueOnce()
    {
        var request = new JiraSearchRequest($"{AllProjects} ORDER BY key") { Fields = ["summary", "updated"], MaxResults = 100 };

        var keys = new List<string>();
        await foreach (var issue in large.Host.Client.SearchAsync(request, Ct))
        {
            keys.Add(issue.Key!);
        }

        var truth = large.Site.State.Issues().OrderBy(i => i.ProjectKey, StringComparer.Ordinal)
            .ThenBy(i => int.Parse(i.Key.Split('-')[1])).Select(i => i.Key);
        Assert.Equal(truth, keys);
    }

    [Fact]
    public async Task ChangelogBulkFetch_ShouldAskForAThousandIssuesAtATime()
    {
        var issues = large.Site.State.Issues();
        var edited = issues.Where((_, i) => i % 1_000 == 999).Select(i => i.Key).ToList();
        foreach (var key in edited)
        {
            await SimControl.EditIssueAsync(large.Site, key, new { summary = $"Renamed {key}" });
        }

        large.Wire.Clear();
        var changelogs = await large.Host.Client.ChangelogBulkFetchAsync([.. issues.Select(i => i.Key)], ["summary"], Ct).ToListAsync(Ct);

        Assert.Equal(edited.Select(k => large.Site.State.Issue(k)!.Id), changelogs.Select(c => c.IssueId));
        Assert.All(changelogs, c => Assert.Equal("summary", Assert.Single(Assert.Single(c.Histories).Items).FieldId));
        Assert.Equal([1_000, 1_000, 1_000, 1_000, 1_000, 230], large.Wire.To("POST", "/rest/api/3/changelog/bulkfetch")
            .Select(e => JsonDocument.Parse(e.RequestBody!).RootElement.GetProperty("issueIdsOrKeys").GetArrayLength()));
    }
}
