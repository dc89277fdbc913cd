using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Web.Components.Admin.Connections;
using Panorama.Web.Connections;
using Panorama.Web.Tests.Auth;

namespace Panorama.Web.Tests.Connections;

/// <summary>The connection pages act through the code the API runs: the same refusals, the same views, never a token.</summary>
public sealed class ConnectionPagesAnswerLikeTheApiTests
{
    private static readonly ClaimsPrincipal Administrator = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Email, "page.admin@panorama.test")], "Test"));

    [Fact]
    public async Task ARefusedMapping_ShouldCarryTheApisErrors_WithTheFieldEachIsAbout()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha", "beta");
        using var admin = await app.CreateAdminClientAsync(ct);
        await admin.ConnectAsync(jira["alpha"], ct);
        var beta = await admin.ConnectAsync(jira["beta"], ct);
        var request = new FieldMappingRequest([new("progress", "notSynchronized", null), new("startDate", "twoWay", "summary")]);
        var links = jira["beta"].State.LinkTypes[0].Id;
        var twice = new DependencyMappingRequest([new(links, "outward", "FS", "strong"), new(links, "inward", "SS", "soft")]);

        var api = await admin.PutAsync<MappingProblem>($"/api/connections/{beta.Connection.Id}/field-mapping", request, HttpStatusCode.BadRequest, ct);
        var apiTwice = await admin.PutAsync<MappingProblem>($"/api/connections/{beta.Connection.Id}/dependency-mapping", twice, HttpStatusCode.BadRequest, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var page = await ConnectionMappingConsole.SaveFieldMappingAsync(scope.ServiceProvider, Administrator, beta.Connection.Id, request, ct);
        var pageTwice = await ConnectionMappingConsole.SaveDependencyMappingAsync(scope.ServiceProvider, Administrator, beta.Connection.Id, twice, ct);

        Assert.Null(page.Value);
        Assert.Equal(api.Errors, page.MappingErrors);
        Assert.Equal(["progress", "startDate"], page.MappingErrors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(apiTwice.Errors, pageTwice.MappingErrors);
        Assert.Equal(links, Assert.Single(pageTwice.MappingErrors).LinkTypeId);
    }

    [Fact]
    public async Task TheListAndAReplacedToken_ShouldGiveTheApisViews_WithoutTheToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new ConnectionsAppFactory();
        await using var jira = await SimulatedSites.StartAsync(app, ct, "alpha");
        using var admin = await app.CreateAdminClientAsync(ct);
        var alpha = await admin.ConnectAsync(jira["alpha"], ct, token: "revoked-token-0123456789");
        await using var scope = app.Services.CreateAsyncScope();

        var replaced = await ConnectionConsole.ReplaceTokenAsync(scope.ServiceProvider, Administrator, alpha.Connection.Id, jira["alpha"].ApiToken, ct);
        var empty = await ConnectionConsole.ReplaceTokenAsync(scope.ServiceProvider, Administrator, alpha.Connection.Id, " ", ct);
        var list = await ConnectionConsole.ListAsync(scope.ServiceProvider, ct);
        var fromApi = await admin.GetAsync<List<ConnectionResponse>>("/api/connections", ct);

        Assert.Equal("invalid", alpha.Connection.Status);
        Assert.Equal("valid", replaced.Value!.Connection.Status);
        Assert.Equal("passed", Assert.Single(replaced.Value.Checks!, c => c.Name == "credentials").Outcome);
        Assert.Contains("apiToken", empty.FieldErrors.Keys);
        // The fixed token starts sync, which may finish between the two reads and stamp LastSyncedAt on the second.
        Assert.Equal(fromApi.Select(c => c with { LastSyncedAt = null }), list.Select(c => c with { LastSyncedAt = null }));
        Assert.DoesNotContain(jira["alpha"].ApiToken, System.Text.Json.JsonSerializer.Serialize(new { list, replaced.Value }), StringComparison.Ordinal);
    }
}
