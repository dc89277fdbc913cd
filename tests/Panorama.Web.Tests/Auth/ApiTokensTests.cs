using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Data;
using Panorama.Data.Audit;
using Panorama.Testing.Web;
using Panorama.Web.Auth.Account;
using Panorama.Web.Auth.Tokens;

namespace Panorama.Web.Tests.Auth;

public sealed class ApiTokensTests
{
    [Fact]
    public async Task CreatedToken_ShouldBeShownOnce_WorkAsBearer_AndBeListedWithoutItsValue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        using var created = await admin.PostAsJsonAsync("/api/account/tokens", new CreateTokenRequest("nightly report"), ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await created.Content.ReadFromJsonAsync<CreatedTokenResponse>(ct))!;
        Assert.StartsWith(ApiTokenSecret.Prefix, token.Token, StringComparison.Ordinal);
        Assert.True(token.Token.Length >= 40, token.Token.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var script = app.CreateBearerClient(token.Token);
        using var account = await script.GetAsync("/api/account", ct);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);

        var listed = await admin.GetStringAsync("/api/account/tokens", ct);
        Assert.DoesNotContain(token.Token, listed, StringComparison.Ordinal);
        var mine = JsonSerializer.Deserialize<TokenResponse[]>(listed, JsonSerializerOptions.Web)!;
        var entry = Assert.Single(mine, t => t.Id == token.Id);
        Assert.Equal("nightly report", entry.Name);
        Assert.NotNull(entry.LastUsedAt);
        Assert.Single(await app.AuditEntriesAsync(AuditActions.TokenCreated, ct), e => e.TargetId == token.Id.ToString());
    }

    [Fact]
    public async Task Token_ShouldBeStoredOnlyAsItsSha256Hash()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        using var created = await admin.PostAsJsonAsync("/api/account/tokens", new CreateTokenRequest("ci"), ct);
        var token = (await created.Content.ReadFromJsonAsync<CreatedTokenResponse>(ct))!;

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanoramaDbContext>();
        var rows = await db.ApiTokens.AsNoTracking().ToListAsync(ct);
        var stored = Assert.Single(rows, r => r.Id == token.Id);
        Assert.Equal(ApiTokenSecret.Hash(token.Token), stored.Hash);
        Assert.Equal(64, stored.Hash.Length);

        // Nothing anywhere in the database holds the token or the seeded administrator token in clear.
        var everything = JsonSerializer.Serialize(new
        {
            tokens = rows,
            users = await db.Users.AsNoTracking().ToListAsync(ct),
            audit = await db.AuditEntries.AsNoTracking().ToListAsync(ct),
            settings = await db.AppSettings.AsNoTracking().ToListAsync(ct),
        });
        Assert.DoesNotContain(token.Token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Token[ApiTokenSecret.Prefix.Length..], everything, StringComparison.Ordinal);
        Assert.DoesNotContain(app.AdminApiToken!, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedToken_ShouldBeRefusedWith401_AndDisappearFromTheList()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var user = await app.CreateUserAsync("script-owner@panorama.test", cancellationToken: ct);
        using var client = app.CreateBearerClient(user.ApiToken);
        var tokens = await client.GetFromJsonAsync<TokenResponse[]>("/api/account/tokens", ct);
        var id = Assert.Single(tokens!).Id;

        using var revoke = await client.DeleteAsync($"/api/account/tokens/{id}", ct);
        using var after = await client.GetAsync("/api/account", ct);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("application/problem+json", after.Content.Headers.ContentType?.MediaType);
        Assert.Contains("revoked", await after.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Single(await app.AuditEntriesAsync(AuditActions.TokenRevoked, ct), e => e.TargetId == id.ToString() && e.ActorDisplay == user.Email);
    }

    [Fact]
    public async Task RevokingSomeoneElsesToken_ShouldAnswer404_AndLeaveItWorking()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var owner = await app.CreateUserAsync("owner@panorama.test", cancellationToken: ct);
        using var ownerClient = app.CreateBearerClient(owner.ApiToken);
        var id = Assert.Single((await ownerClient.GetFromJsonAsync<TokenResponse[]>("/api/account/tokens", ct))!).Id;
        using var other = await app.CreateUserClientAsync("other@panorama.test", cancellationToken: ct);

        using var revoke = await other.DeleteAsync($"/api/account/tokens/{id}", ct);

        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync("/api/account", ct)).StatusCode);
    }

    [Theory]
    [InlineData("pnr_thisTokenWasNeverIssuedByPanoramaAtAll0000000")]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task UnknownToken_ShouldBeRefusedWith401ProblemDetails(string token)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);

        using var response = await client.GetAsync("/api/account", ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenOfADisabledUser_ShouldBeRefusedAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var user = await app.CreateUserAsync("leaver@panorama.test", cancellationToken: ct);
        using var client = app.CreateBearerClient(user.ApiToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account", ct)).StatusCode);
        using var admin = await app.CreateAdminClientAsync(ct);

        (await admin.PostAsync($"/api/users/{user.Id}/disable", null, ct)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account", ct)).StatusCode);
    }

    [Fact]
    public async Task TokenName_ShouldBeRequired()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        using var response = await admin.PostAsJsonAsync("/api/account/tokens", new CreateTokenRequest("  "), ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }
}
