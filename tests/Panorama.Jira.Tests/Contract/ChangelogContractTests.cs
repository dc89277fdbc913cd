using Panorama.Jira.Model;
using Panorama.Jira.Tests.Support;

namespace Panorama.Jira.Tests.Contract;

public sealed class ChangelogContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChangelogBulkFetch_ShouldReadTheOfficialExample_AndFollowItsToken()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("POST", "/rest/api/3/changelog/bulkfetch",
            FakeResponse.File("spec-examples/changelog-bulkfetch.POST.200.json"),
            FakeResponse.Json(200, """{"issueChangeLogs":[]}"""));

        var changelogs = await server.Host.Client.ChangelogBulkFetchAsync(["10100"], ["summary"], Ct).ToListAsync(Ct);

        var changelog = Assert.Single(changelogs);
        Assert.Equal("10100", changelog.IssueId);
        Assert.Equal(["10001", "10002"], changelog.Histories.Select(h => h.Id));
        var first = changelog.Histories[0];
        Assert.Equal(new JiraUserRef("5b10a2844c20165700ede21g", "Mia Krystof"), first.Author);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1492070429), first.Created);
        Assert.Equal(new JiraChangelogItem
        {
            Field = "fields",
            FieldType = "jira",
            FieldId = "fieldId",
            FromText = "old summary",
            ToText = "new summary",
        }, Assert.Single(first.Items));

        var requests = server.Jira.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("""{"issueIdsOrKeys":["10100"],"fieldIds":["summary"]}""", requests[0].Body);
        Assert.Equal("""{"issueIdsOrKeys":["10100"],"fieldIds":["summary"],"nextPageToken":"UxAQBFRF"}""", requests[1].Body);
    }
}
