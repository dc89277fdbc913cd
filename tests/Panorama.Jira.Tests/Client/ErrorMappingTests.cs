using System.Text.Json.Nodes;
using Panorama.Jira.Errors;
using Panorama.Jira.Tests.Support;

namespace Panorama.Jira.Tests.Client;

/// <summary>Each failure Jira answers with becomes one kind of <see cref="JiraException"/> saying what to do.</summary>
public sealed class ErrorMappingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(401, JiraErrorKind.Unauthorized, "API token")]
    [InlineData(403, JiraErrorKind.Forbidden, "Grant it the missing permission")]
    [InlineData(404, JiraErrorKind.NotFound, "Browse projects")]
    [InlineData(409, JiraErrorKind.Conflict, "Re-read the issue")]
    [InlineData(413, JiraErrorKind.BadRequest, "Correct the value")]
    [InlineData(418, JiraErrorKind.InvalidResponse, "Jira Cloud site")]
    public async Task GetIssue_ShouldMapTheStatus_ToAKindAndAnInstruction(int status, JiraErrorKind kind, string instruction)
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/issue/OPS-9", _ => FakeResponse.Json(status,
            """{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}"""));

        var error = await Assert.ThrowsAsync<JiraException>(() => server.Host.Client.GetIssueAsync("OPS-9", cancellationToken: Ct));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("beta", error.Site);
        Assert.Equal("GET /rest/api/3/issue/{issueIdOrKey}", error.Operation);
        Assert.Contains(instruction, error.Message, StringComparison.Ordinal);
        Assert.Equal(["Issue does not exist or you do not have permission to see it."], error.ErrorMessages);
        Assert.Contains("Issue does not exist", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Jira.Requests); // none of these is retried
    }

    [Fact]
    public async Task Search_ShouldReportTheRemovedEndpoint_AsJiraAnswersIt()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("POST", "/rest/api/3/search/jql", _ => FakeResponse.Json(410,
            """{"errorMessages":["The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046"],"errors":{}}"""));

        var error = await Assert.ThrowsAsync<JiraException>(
            async () => await server.Host.Client.SearchAsync(new("project = OPS"), Ct).ToListAsync(Ct));

        Assert.Equal(JiraErrorKind.RemovedEndpoint, error.Kind);
        Assert.Contains("has removed the API POST /rest/api/3/search/jql", error.Message, StringComparison.Ordinal);
        Assert.Contains("CHANGE-2046", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditIssue_ShouldReportAFieldOffTheEditScreen_NamingFieldProjectAndSite()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("PUT", "/rest/api/3/issue/OPS-12", _ => FakeResponse.Json(400,
            """{"errorMessages":[],"errors":{"customfield_10015":"Field 'customfield_10015' cannot be set. It is not on the appropriate screen, or unknown."}}"""));
        var context = new JiraWriteContext
        {
            ProjectKey = "OPS",
            FieldNames = new Dictionary<string, string> { ["customfield_10015"] = "Start date" },
        };

        var error = await Assert.ThrowsAsync<JiraException>(() => server.Host.Client.EditIssueAsync("OPS-12",
            new JsonObject { ["customfield_10015"] = "2026-03-01", ["duedate"] = "2026-03-31" }, context: context, cancellationToken: Ct));

        Assert.Equal(JiraErrorKind.FieldNotOnScreen, error.Kind);
        Assert.Equal("customfield_10015", error.FieldId);
        Assert.Contains("add field customfield_10015 (Start date) to the edit screen of project OPS on site beta",
            error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Field 'customfield_10015' cannot be set. It is not on the appropriate screen, or unknown.",
            error.Errors["customfield_10015"]);
    }

    [Fact]
    public async Task EditIssue_ShouldReportAnInvalidValue_AsABadRequestNamingTheField()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("PUT", "/rest/api/3/issue/OPS-12", _ => FakeResponse.Json(400,
            """{"errorMessages":[],"errors":{"duedate":"Error parsing date string: 31/03/2026"}}"""));

        var error = await Assert.ThrowsAsync<JiraException>(() => server.Host.Client.EditIssueAsync("OPS-12",
            new JsonObject { ["duedate"] = "31/03/2026" }, cancellationToken: Ct));

        Assert.Equal(JiraErrorKind.BadRequest, error.Kind);
        Assert.Equal("duedate", error.FieldId);
        Assert.Contains("duedate: Error parsing date string", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerThatIsNotJson_ShouldBeAnInvalidResponse()
    {
        await using var server = await JiraServer.StartAsync(Ct);
        server.Jira.On("GET", "/rest/api/3/myself",
            _ => new FakeResponse(200, "<html>Log in</html>"u8.ToArray(), new Dictionary<string, string>()) { ContentType = "text/html" });

        var error = await Assert.ThrowsAsync<JiraException>(() => server.Host.Client.GetMyselfAsync(Ct));

        Assert.Equal(JiraErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("cannot read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClosedPort_ShouldBeASiteUnreachable()
    {
        var port = FreePort();
        await using var host = JiraTestHost.Create(new Uri($"http://127.0.0.1:{port}"),
            settings: new Dictionary<string, string?> { ["Jira:Retry:MaxRetryAttempts"] = "0" });

        var error = await Assert.ThrowsAsync<JiraException>(() => host.Client.GetServerInfoAsync(Ct));

        Assert.Equal(JiraErrorKind.SiteUnreachable, error.Kind);
        Assert.Contains($"could not be reached at 127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
