using System.Text.Json;
using Panorama.Jira.Client;
using Panorama.Jira.Errors;
using Panorama.Jira.Tests.Support;

namespace Panorama.Jira.Tests.Client;

public sealed class SearchPaginationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static FakeResponse Page(IEnumerable<int> ids, string? token, bool isLast) => FakeResponse.Json(200,
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["issues"] = ids.Select(id => new Dictionary<string, object>
            {
                ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["key"] = $"OPS-{id}",
                ["fields"] = new Dictionary<string, object> { ["summary"] = $"Task {id}" },
            }),
            ["isLast"] = isLast,
        }
        .Concat(token is null ? [] : [new KeyValuePair<string, object?>("nextPageToken", token)])
        .ToDictionary()));

    [Fact]
    public async Task SearchAsync_ShouldStreamEveryPage_UntilTheTokenIsAbsent_WithoutEverSendingStartAt()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("POST", "/rest/api/3/search/jql",
            Page(Enumerable.Range(1, 3), "tok-2", isLast: false),
            Page(Enumerable.Range(4, 3), "tok-3", isLast: false),
            Page(Enumerable.Range(7, 2), null, isLast: true));

        var issues = await server.Host.Client.SearchAsync(new JiraSearchRequest("project = OPS ORDER BY key")
        {
            Fields = ["summary", "status"],
            Expand = ["names", "changelog"],
            MaxResults = 3,
        }, Ct).ToListAsync(Ct);

        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"OPS-{i}"), issues.Select(i => i.Key));
        Assert.Equal("Task 8", issues[^1].Summary);
        var bodies = server.Jira.RequestsTo("POST", "/rest/api/3/search/jql").Select(r => r.Body).ToList();
        Assert.Equal(
            [
                """{"jql":"project = OPS ORDER BY key","maxResults":3,"fields":["summary","status"],"expand":"names,changelog"}""",
                """{"jql":"project = OPS ORDER BY key","nextPageToken":"tok-2","maxResults":3,"fields":["summary","status"],"expand":"names,changelog"}""",
                """{"jql":"project = OPS ORDER BY key","nextPageToken":"tok-3","maxResults":3,"fields":["summary","status"],"expand":"names,changelog"}""",
            ],
            bodies);
        Assert.DoesNotContain(bodies, b => b.Contains("startAt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_WithGet_ShouldPutEverythingInTheQuery()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("GET", "/rest/api/3/search/jql",
            Page([1], "a b/c", isLast: false), Page([2], null, isLast: true));

        var issues = await server.Host.Client.SearchAsync(new JiraSearchRequest("updated >= -15m AND project in (A, B)")
        {
            Fields = ["summary", "duedate"],
            MaxResults = 100,
            ReconcileIssues = [10001, 10002],
            UseGet = true,
        }, Ct).ToListAsync(Ct);

        Assert.Equal(2, issues.Count);
        var requests = server.Jira.RequestsTo("GET", "/rest/api/3/search/jql");
        Assert.Equal("updated >= -15m AND project in (A, B)", requests[0].Query["jql"]);
        Assert.Equal("summary,duedate", requests[0].Query["fields"]);
        Assert.Equal("10001,10002", requests[1].Query["reconcileIssues"]);
        Assert.False(requests[0].Query.ContainsKey("nextPageToken"));
        Assert.Equal("a b/c", requests[1].Query["nextPageToken"]);
        Assert.All(requests, r => Assert.False(r.Query.ContainsKey("startAt")));
    }

    [Fact]
    public async Task SearchAsync_ShouldYieldTheFirstPage_BeforeTheNextIsRequested()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("POST", "/rest/api/3/search/jql", Page([1, 2], "next", isLast: false), Page([3], null, isLast: true));

        await using var pages = server.Host.Client.SearchAsync(new("project = OPS"), Ct).GetAsyncEnumerator(Ct);
        Assert.True(await pages.MoveNextAsync());

        Assert.Equal("OPS-1", pages.Current.Key);
        Assert.Single(server.Jira.Requests);
    }

    [Fact]
    public async Task SearchAsync_ShouldFail_WhenJiraRepeatsAToken()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("POST", "/rest/api/3/search/jql", _ => Page([1], "same", isLast: false));

        var error = await Assert.ThrowsAsync<JiraException>(
            async () => await server.Host.Client.SearchAsync(new("project = OPS"), Ct).ToListAsync(Ct));

        Assert.Equal(JiraErrorKind.InvalidResponse, error.Kind);
        Assert.Equal(2, server.Jira.Requests.Count);
    }

    [Fact]
    public async Task SearchIdsAsync_ShouldAskForIdsOnly_InPagesOf5000()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.OnSequence("POST", "/rest/api/3/search/jql", Page([5, 6], "p2", isLast: false), Page([7], null, isLast: true));

        var pages = await server.Host.Client.SearchIdsAsync("project = OPS", Ct).ToListAsync(Ct);

        Assert.Equal([[5L, 6L], [7L]], pages.Select(p => p.ToArray()));
        Assert.Equal("""{"jql":"project = OPS","maxResults":5000,"fields":["id"]}""", server.Jira.Requests.First().Body);
    }
}
