using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Jira.Client;
using Panorama.Jira.Connections;
using Panorama.Jira.Errors;
using Panorama.Jira.Http;

namespace Panorama.Jira.Tests.AgainstSimulator;

/// <summary>
/// How the client reports what a simulated site refuses: a missing issue (404), an unbounded query (400) and the
/// removed <c>/rest/api/3/search</c> (410). None of them is retried.
/// </summary>
public sealed class JiraRefusalsTests(SimulatedSitesFixture sites) : IClassFixture<SimulatedSitesFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GettingAMissingIssue_ShouldFailAsNotFound_WithJirasMessage_AtOnce()
    {
        sites.AlphaWire.Clear();
        var key = $"{sites.Alpha.State.ProjectKeys[0]}-999999";

        var error = await Assert.ThrowsAsync<JiraException>(() => sites.AlphaClient.GetIssueAsync(key, cancellationToken: Ct));

        Assert.Equal((JiraErrorKind.NotFound, 404), (error.Kind, error.StatusCode));
        Assert.Equal(["Issue does not exist or you do not have permission to see it."], error.ErrorMessages);
        Assert.Contains("Check that it still exists", error.Message, StringComparison.Ordinal);
        Assert.Single(sites.AlphaWire.Exchanges);
    }

    [Fact]
    public async Task EditingAMissingIssue_ShouldFailAsNotFound()
    {
        var key = $"{sites.Alpha.State.ProjectKeys[0]}-999998";

        var error = await Assert.ThrowsAsync<JiraException>(() => sites.AlphaClient.EditIssueAsync(key,
            new JsonObject { ["duedate"] = "2026-03-31" }, cancellationToken: Ct));

        Assert.Equal((JiraErrorKind.NotFound, 404, "PUT /rest/api/3/issue/{issueIdOrKey}"), (error.Kind, error.StatusCode, error.Operation));
    }

    [Fact]
    public async Task AnUnboundedQuery_ShouldBeRefused_AsJiraRefusesIt()
    {
        var error = await Assert.ThrowsAsync<JiraException>(() =>
            sites.AlphaClient.SearchAsync(new JiraSearchRequest("order by key desc"), Ct).ToListAsync(Ct).AsTask());

        Assert.Equal((JiraErrorKind.BadRequest, 400), (error.Kind, error.StatusCode));
        Assert.Contains(error.ErrorMessages, m => m.StartsWith("Unbounded JQL queries are not allowed", StringComparison.Ordinal));
    }

    /// <summary>
    /// The client never calls the removed search; this sends it through the client's own pipeline (retries, limiters)
    /// and error mapping to show what an administrator would read if anything did.
    /// </summary>
    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task TheRemovedSearch_ShouldBeReportedAsARemovedEndpoint_WithJirasMigrationAdvice(string method)
    {
        sites.AlphaWire.Clear();
        var host = sites.AlphaHost;
        var call = new JiraCall(new HttpMethod(method), "/rest/api/3/search", "/rest/api/3/search?jql=project%20%3D%20X");
        using var request = new HttpRequestMessage(call.Method, sites.Alpha.BaseUrl + call.PathAndQuery);
        request.Options.Set(JiraRequestInfo.Key, new JiraRequestInfo(host.Site, call.Template, Idempotent: true, []));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            new JiraCredential(sites.Alpha.Email, sites.Alpha.ApiToken).ToBasicParameter());
        var http = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(JiraHttpClient.Name);

        using var response = await http.SendAsync(request, Ct);
        var error = await JiraErrors.FromResponseAsync(response, call, host.Site, TimeProvider.System, Ct);

        Assert.Equal((JiraErrorKind.RemovedEndpoint, 410), (error.Kind, error.StatusCode));
        Assert.Contains($"Jira site 'alpha' has removed the API {method} /rest/api/3/search (HTTP 410)", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.ErrorMessages, m => m.Contains("Please migrate to the /rest/api/3/search/jql API", StringComparison.Ordinal));
        Assert.Single(sites.AlphaWire.Exchanges);
    }
}
