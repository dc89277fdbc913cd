using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Panorama.Web.Connections;

namespace Panorama.Web.Tests.Connections;

/// <summary>Rule 2: a connection that fails a check is saved as invalid, with a reason that says what to fix.</summary>
public sealed class FailingConnectionChecksTests
{
    [Fact]
    public async Task AWrongToken_ShouldSaveTheConnectionInvalid_SayingToCreateANewToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        var result = await admin.ConnectAsync(jira["alpha"], ct, token: "ATATT-not-the-right-token");

        Assert.Equal("invalid", result.Connection.Status);
        Assert.Contains("the API token was rejected: it may have expired", result.Connection.StatusReason, StringComparison.Ordinal);
        Assert.Contains("https://id.atlassian.com/manage-profile/security/api-tokens", result.Connection.StatusReason, StringComparison.Ordinal);
        Assert.Equal("failed", result.Check("credentials").Outcome);
        Assert.Equal("skipped", result.Check("administer").Outcome);
        Assert.Equal("skipped", result.Check("webhook").Outcome);
    }

    [Fact]
    public async Task AUserWithoutAdminister_ShouldSaveTheConnectionInvalid_SayingWhichPermissionToGrant()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var sim = new HttpClient { BaseAddress = new Uri(jira["alpha"].BaseUrl) };
        (await sim.PutAsJsonAsync("/_sim/users/reader@alpha.test", new { displayName = "Reader", token = "reader-token", administer = false }, ct)).EnsureSuccessStatusCode();
        using var admin = await app.CreateAdminClientAsync(ct);

        var result = await admin.ConnectAsync(jira["alpha"], ct, email: "reader@alpha.test", token: "reader-token");

        Assert.Equal("invalid", result.Connection.Status);
        Assert.Equal("passed", result.Check("credentials").Outcome);
        Assert.Equal("failed", result.Check("administer").Outcome);
        Assert.Contains("does not hold the Administer Jira global permission", result.Connection.StatusReason, StringComparison.Ordinal);
        Assert.Contains("Global permissions", result.Connection.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableUrl_ShouldSaveTheConnectionInvalid_SayingToCheckTheUrl()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        var result = await admin.ConnectAsync(jira["alpha"], ct, url: $"http://127.0.0.1:{ClosedPort()}");

        Assert.Equal("invalid", result.Connection.Status);
        Assert.Equal("failed", result.Check("jira-cloud").Outcome);
        Assert.Contains("could not reach", result.Connection.StatusReason, StringComparison.Ordinal);
        Assert.Contains("Check the site URL", result.Connection.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUrlThatIsNotJira_ShouldSaveTheConnectionInvalid_SayingToGiveTheSitesBaseAddress()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        // The simulator's control API is no Jira REST API: every Jira path below it answers 404.
        var result = await admin.ConnectAsync(jira["alpha"], ct, url: $"{jira["alpha"].BaseUrl}/_sim/nothing-here");

        Assert.Equal("invalid", result.Connection.Status);
        Assert.Contains("not as Jira", result.Connection.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainHttp_ShouldSaveTheConnectionInvalid_SayingToUseHttps()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        var result = await admin.ConnectAsync(jira["alpha"], ct, url: "http://jira.example.com");

        Assert.Equal("invalid", result.Connection.Status);
        Assert.Equal("failed", result.Check("https").Outcome);
        Assert.Contains("plain http", result.Connection.StatusReason, StringComparison.Ordinal);
        Assert.Contains("https address", result.Connection.StatusReason, StringComparison.Ordinal);
        Assert.All(result.Checks!.Where(c => c.Name != "https"), c => Assert.Equal("skipped", c.Outcome));
    }

    [Fact]
    public async Task LoopbackHttp_ShouldSaveTheConnectionInvalid_WhenInsecureLoopbackIsNotAllowed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory(allowInsecureLoopback: false);
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        var result = await admin.ConnectAsync(jira["alpha"], ct);

        Assert.Equal("invalid", result.Connection.Status);
        Assert.Contains("Jira:AllowInsecureLoopback=true", result.Connection.StatusReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplacingTheToken_ShouldRecheck_AndTurnTheConnectionValid()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var wrong = await admin.ConnectAsync(jira["alpha"], ct, token: "ATATT-not-the-right-token");

        var replaced = await admin.PutAsync<ConnectionResultResponse>($"/api/connections/{wrong.Connection.Id}/token",
            new ReplaceTokenRequest(jira["alpha"].ApiToken), HttpStatusCode.OK, ct);

        Assert.Equal("invalid", wrong.Connection.Status);
        Assert.Equal("valid", replaced.Connection.Status);
        Assert.Null(replaced.Connection.StatusReason);
        Assert.True(replaced.Connection.TokenSetAt > wrong.Connection.TokenSetAt);
    }

    [Fact]
    public async Task BadInput_ShouldBeRefusedWithTheFieldsToCorrect_AndSaveNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        using var admin = await app.CreateAdminClientAsync(ct);

        using var response = await admin.PostAsJsonAsync("/api/connections", new CreateConnectionRequest("", "not a url", "nobody", " "), ct);
        var problem = await ConnectionsApi.ReadAsync<Problem>(response, HttpStatusCode.BadRequest, ct);

        Assert.Equal(["apiToken", "email", "name", "url"], problem.Errors!.Keys.Order());
        Assert.Empty(await admin.GetAsync<List<ConnectionResponse>>("/api/connections", ct));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
