using System.Net;
using System.Text.Json;
using Panorama.JiraSim.Tests.Infrastructure;

namespace Panorama.JiraSim.Tests.Conformance;

/// <summary>Every implemented v3 operation answers with a body that validates against its schema in Jira's OpenAPI document.</summary>
public sealed class OpenApiConformanceTests(SimulatorFixture fixture) : IClassFixture<SimulatorFixture>
{
    private readonly HttpClient _jira = JiraHttp.Client(fixture.Alpha);

    [Theory]
    [InlineData("/rest/api/3/myself", "/rest/api/3/myself")]
    [InlineData("/rest/api/3/mypermissions?permissions=ADMINISTER,BROWSE_PROJECTS,EDIT_ISSUES,LINK_ISSUES", "/rest/api/3/mypermissions")]
    [InlineData("/rest/api/3/serverInfo", "/rest/api/3/serverInfo")]
    [InlineData("/rest/api/3/field", "/rest/api/3/field")]
    [InlineData("/rest/api/3/project/search?maxResults=2", "/rest/api/3/project/search")]
    [InlineData("/rest/api/3/issueLinkType", "/rest/api/3/issueLinkType")]
    [InlineData("/rest/api/3/search/jql?jql=created%20%3E%3D%20-400d&fields=*all&expand=names,schema,changelog&maxResults=40", "/rest/api/3/search/jql")]
    [InlineData("/rest/api/3/search/jql?jql=created%20%3E%3D%20-400d&maxResults=20", "/rest/api/3/search/jql")]
    [InlineData("/rest/api/3/search/jql?jql=created%20%3E%3D%20-400d&fields=summary,-comment,*navigable&expand=editmeta&maxResults=10", "/rest/api/3/search/jql")]
    public async Task GetOperation_ShouldMatchTheOpenApiSchema(string url, string path)
    {
        var body = await _jira.GetJsonAsync(url);

        await OpenApiSchemas.AssertValidAsync(body, path, "get", 200);
    }

    [Fact]
    public async Task IssueOperations_ShouldMatchTheOpenApiSchema()
    {
        var issue = fixture.Alpha.State.Issues().First(i => i.ParentKey is not null);
        var linked = fixture.Alpha.State.Links()[0];

        await OpenApiSchemas.AssertValidAsync(await _jira.GetJsonAsync($"/rest/api/3/issue/{issue.Key}?expand=changelog,editmeta,names,schema"),
            "/rest/api/3/issue/{issueIdOrKey}", "get", 200);
        await OpenApiSchemas.AssertValidAsync(await _jira.GetJsonAsync($"/rest/api/3/issue/{linked.SourceKey}"),
            "/rest/api/3/issue/{issueIdOrKey}", "get", 200);
        await OpenApiSchemas.AssertValidAsync(await _jira.GetJsonAsync($"/rest/api/3/issue/{issue.Key}/editmeta"),
            "/rest/api/3/issue/{issueIdOrKey}/editmeta", "get", 200);
        await OpenApiSchemas.AssertValidAsync(await _jira.GetJsonAsync($"/rest/api/3/issueLink/{linked.Id}"),
            "/rest/api/3/issueLink/{linkId}", "get", 200);
    }

    [Fact]
    public async Task PostOperations_ShouldMatchTheOpenApiSchema()
    {
        var issues = fixture.Alpha.State.Issues();
        var project = fixture.Alpha.State.ProjectKeys[0];

        var search = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/search/jql",
            new { jql = $"project = {project}", fields = new[] { "*all" }, maxResults = 30, expand = "names" });
        await OpenApiSchemas.AssertValidAsync(search, "/rest/api/3/search/jql", "post", 200);

        var count = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/search/approximate-count", new { jql = $"project = {project}" });
        await OpenApiSchemas.AssertValidAsync(count, "/rest/api/3/search/approximate-count", "post", 200);

        var bulk = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/issue/bulkfetch",
            new { issueIdsOrKeys = issues.Take(30).Select(i => i.Key).Append("NOPE-1").ToArray(), expand = new[] { "changelog" } });
        await OpenApiSchemas.AssertValidAsync(bulk, "/rest/api/3/issue/bulkfetch", "post", 200);

        var created = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/issue",
            new { fields = new { project = new { key = project }, issuetype = new { name = "Task" }, summary = "Conformance check" } }, HttpStatusCode.Created);
        await OpenApiSchemas.AssertValidAsync(created, "/rest/api/3/issue", "post", 201);

        await _jira.SendJsonAsync(HttpMethod.Put, $"/rest/api/3/issue/{created.GetProperty("key").GetString()}",
            new { fields = new { summary = "Conformance check, edited", duedate = "2026-03-31" } }, HttpStatusCode.NoContent);
        var changelog = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/changelog/bulkfetch",
            new { issueIdsOrKeys = new[] { created.GetProperty("key").GetString() } });
        await OpenApiSchemas.AssertValidAsync(changelog, "/rest/api/3/changelog/bulkfetch", "post", 200);
        Assert.Equal(2, changelog.GetProperty("issueChangeLogs")[0].GetProperty("changeHistories")[0].GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ErrorBodies_ShouldMatchTheErrorCollectionSchema()
    {
        var missingPermissions = await _jira.GetJsonAsync("/rest/api/3/mypermissions", HttpStatusCode.BadRequest);
        await OpenApiSchemas.AssertValidAsync(missingPermissions, "/rest/api/3/mypermissions", "get", 400);

        var badCreate = await _jira.SendJsonAsync(HttpMethod.Post, "/rest/api/3/issue", new { fields = new { summary = "" } }, HttpStatusCode.BadRequest);
        await OpenApiSchemas.AssertValidAsync(badCreate, "/rest/api/3/issue", "post", 400);
        Assert.Equal(JsonValueKind.String, badCreate.GetProperty("errors").GetProperty("summary").ValueKind);
    }
}
