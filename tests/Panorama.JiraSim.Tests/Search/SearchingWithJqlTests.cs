using System.Net;
using System.Text.Json;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Search;

public sealed class SearchingWithJqlTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly HttpClient _jira = JiraHttp.Client(fixture.Alpha);

    [Theory]
    [InlineData(7, "GET")]
    [InlineData(50, "POST")]
    [InlineData(100, "GET")]
    public async Task Paging_ShouldReturnEveryIssueExactlyOnce_UntilNextPageTokenIsAbsent(int pageSize, string method)
    {
        var project = fixture.Alpha.State.ProjectKeys[0];
        var expected = fixture.Alpha.State.Issues().Where(i => i.ProjectKey == project).Select(i => i.Id).ToHashSet();
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = method == "GET"
                ? await _jira.GetJsonAsync($"/rest/api/3/search/jql?jql=project%20%3D%20{project}&maxResults={pageSize}&startAt=5" +
                                           (token is null ? "" : $"&nextPageToken={Uri.EscapeDataString(token)}"))
                : await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/search/jql", new { jql = $"project = {project}", maxResults = pageSize, nextPageToken = token });
            seen.AddRange(page.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            token = page.TryGetProperty("nextPageToken", out var next) ? next.GetString() : null;
            Assert.Equal(token is null, page.GetProperty("isLast").GetBoolean());
            pages++;
        }
        while (token is not null && pages < 1000);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(expected.Order(), seen.Order());
        Assert.Equal((expected.Count + pageSize - 1) / pageSize, pages);
    }

    [Fact]
    public async Task Search_ShouldReturnOnlyIds_WhenFieldsAreNotGiven()
    {
        var page = await _jira.GetJsonAsync("/rest/api/3/search/jql?jql=created%20%3E%3D%20-400d");

        var issues = page.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(50, issues.Count);
        Assert.All(issues, i => Assert.Equal(["id"], i.EnumerateObject().Select(p => p.Name)));
    }

    [Theory]
    [InlineData("*all", 1000, 100)]
    [InlineData("summary,duedate", 1000, 100)]
    [InlineData("id", 1000, 480)]
    [InlineData("key", 6000, 480)]
    public async Task MaxResults_ShouldBeCapped_ByHowManyFieldsAreAsked(string fields, int asked, int expected)
    {
        var page = await _jira.GetJsonAsync($"/rest/api/3/search/jql?jql=created%20%3E%3D%20-400d&fields={fields}&maxResults={asked}");

        Assert.Equal(Math.Min(expected, fixture.Alpha.State.Issues().Count), page.GetProperty("issues").GetArrayLength());
    }

    [Fact]
    public async Task Fields_ShouldHonourAllNavigableListsAndExclusions()
    {
        var issue = fixture.Alpha.State.Issues()[0];
        var jql = Uri.EscapeDataString($"key = {issue.Key}");

        var all = await Fields($"/rest/api/3/search/jql?jql={jql}&fields=*all");
        var navigable = await Fields($"/rest/api/3/search/jql?jql={jql}&fields=*navigable");
        var excluded = await Fields($"/rest/api/3/search/jql?jql={jql}&fields=*all,-comment&fields=-worklog");
        var listed = await Fields($"/rest/api/3/search/jql?jql={jql}&fields=summary,{fixture.Alpha.State.FieldIds.StartDate},nonsense");

        Assert.Contains("comment", all);
        Assert.DoesNotContain("comment", navigable);
        Assert.Contains("summary", navigable);
        Assert.Equal(all.Except(["comment", "worklog"]).Order(), excluded.Order());
        Assert.Equal(new[] { "summary", fixture.Alpha.State.FieldIds.StartDate }.Order(), listed.Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("order by key desc")]
    [InlineData("ORDER BY updated")]
    public async Task UnboundedJql_ShouldBeRejected_WithJirasMessage(string jql)
    {
        var body = await _jira.GetJsonAsync($"/rest/api/3/search/jql?jql={Uri.EscapeDataString(jql)}", HttpStatusCode.BadRequest);
        var count = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/search/approximate-count", new { jql }, HttpStatusCode.BadRequest);

        const string Message = "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";
        Assert.Equal(Message, body.GetProperty("errorMessages")[0].GetString());
        Assert.Equal(Message, count.GetProperty("errorMessages")[0].GetString());
    }

    [Theory]
    [InlineData("""{"jql": "project = X", "startAt": 0}""")]
    [InlineData("""{"jql": "project = X", "expand": ["names"]}""")]
    [InlineData("""{"jql": "project = X", "fields": "summary"}""")]
    public async Task PostSearch_ShouldRejectABody_ThatTheRequestBeanDoesNotAllow(string body)
    {
        var error = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/search/jql", body, HttpStatusCode.BadRequest);

        Assert.NotEmpty(error.GetProperty("errorMessages").EnumerateArray());
    }

    [Theory]
    [InlineData("project = ", "Expecting either a value, list or function")]
    [InlineData("project = NOPE", "The value 'NOPE' does not exist for the field 'project'.")]
    [InlineData("colour = red", "Field 'colour' does not exist or you do not have permission to view it.")]
    [InlineData("key = NOPE-1", "An issue with key 'NOPE-1' does not exist for field 'key'.")]
    public async Task InvalidJql_ShouldAnswer400_WithJirasMessage(string jql, string expected)
    {
        var body = await _jira.GetJsonAsync($"/rest/api/3/search/jql?jql={Uri.EscapeDataString(jql)}", HttpStatusCode.BadRequest);

        Assert.Contains(expected, body.GetProperty("errorMessages")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproximateCount_ShouldCountTheMatchingIssues()
    {
        var project = fixture.Alpha.State.ProjectKeys[1];

        var body = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/search/approximate-count", new { jql = $"project = {project} AND issuetype = Epic" });

        Assert.Equal(fixture.Alpha.State.Issues().Count(i => i.ProjectKey == project && i.IssueType == "Epic"), body.GetProperty("count").GetInt64());
    }

    [Theory]
    [InlineData("/rest/api/3/search")]
    [InlineData("/rest/api/2/search")]
    public async Task RemovedSearch_ShouldAnswer410_WithJirasBody(string path)
    {
        using var get = await _jira.GetAsync($"{path}?jql=project%3DX", TestContext.Current.CancellationToken);
        using var post = await _jira.PostAsync(path, new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(
            """{"errorMessages":["The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046"],"errors":{}}""",
            await get.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task BulkFetch_ShouldReturnFoundIssuesInIdOrder_AndOmitMissingOnes()
    {
        var keys = fixture.Alpha.State.Issues().Take(20).Select(i => i.Key).Reverse().Append("NOPE-999").Append("99999999").ToArray();

        var body = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/issue/bulkfetch", new { issueIdsOrKeys = keys, fields = new[] { "summary" } });
        var tooMany = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/issue/bulkfetch",
            new { issueIdsOrKeys = Enumerable.Range(1, 101).Select(i => i.ToString()).ToArray() }, HttpStatusCode.BadRequest);

        var ids = body.GetProperty("issues").EnumerateArray().Select(i => long.Parse(i.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Empty(body.GetProperty("issueErrors").EnumerateArray());
        Assert.NotEmpty(tooMany.GetProperty("errorMessages").EnumerateArray());
    }

    private async Task<List<string>> Fields(string url)
    {
        var page = await _jira.GetJsonAsync(url);
        return page.GetProperty("issues")[0].GetProperty("fields").EnumerateObject().Select(p => p.Name).ToList();
    }
}
