using System.Net;
using System.Net.Http.Json;
using Panorama.Data.Audit;
using Panorama.Testing.Web;
using Panorama.Web.Auth.Users;

namespace Panorama.Web.Tests.Auth;

public sealed class AdministeringUsersTests
{
    [Theory]
    [InlineData("GET", "/api/users")]
    [InlineData("POST", "/api/users")]
    [InlineData("GET", "/api/audit")]
    public async Task NonAdministrator_ShouldBeRefusedWith403ProblemDetails(string method, string path)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var user = await app.CreateUserClientAsync("viewer@panorama.test", cancellationToken: ct);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new CreateUserRequest("x@panorama.test", null, null)) : null };

        using var response = await user.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("administrator", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonAdministratorWithACookie_ShouldBeRefusedWith403_NotRedirected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var user = await app.CreateUserAsync("viewer@panorama.test", cancellationToken: ct);
        var browser = await app.CreateSignedInBrowserAsync(user.Email, user.Password, ct);

        using var response = await browser.GetAsync("/api/users", ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CreatedUser_ShouldSignInWithTheGeneratedPassword_AndAppearInTheList()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        using var response = await admin.PostAsJsonAsync("/api/users", new CreateUserRequest("Ada@Panorama.test", "Ada Lovelace", null), ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<CreatedUserResponse>(ct))!;
        Assert.Equal("Ada Lovelace", created.User.DisplayName);
        Assert.False(created.User.IsAdministrator);
        Assert.NotNull(created.GeneratedPassword);
        await app.CreateSignedInBrowserAsync("ada@panorama.test", created.GeneratedPassword!, ct);
        var users = await admin.GetFromJsonAsync<UserResponse[]>("/api/users", ct);
        Assert.Contains(users!, u => u.Id == created.User.Id);
        var audited = Assert.Single(await app.AuditEntriesAsync(AuditActions.UserCreated, ct), e => e.TargetId == created.User.Id.ToString());
        Assert.Equal(app.AdminEmail, audited.ActorDisplay);
    }

    [Fact]
    public async Task CreatingAUserTwice_ShouldAnswer409_AndAWeakPassword400()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        (await admin.PostAsJsonAsync("/api/users", new CreateUserRequest("twice@panorama.test", null, null), ct)).EnsureSuccessStatusCode();

        using var duplicate = await admin.PostAsJsonAsync("/api/users", new CreateUserRequest("TWICE@panorama.test", null, null), ct);
        using var weak = await admin.PostAsJsonAsync("/api/users", new CreateUserRequest("weak@panorama.test", null, "short"), ct);
        using var noEmail = await admin.PostAsJsonAsync("/api/users", new CreateUserRequest(" ", null, null), ct);

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("PasswordTooShort", await weak.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noEmail.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_ShouldReplaceTheOldOne_AndUnlockTheAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().WithSetting("Auth:SignIn:MaxFailedAttempts", "2").StartAsync(ct);
        var user = await app.CreateUserAsync("forgetful@panorama.test", cancellationToken: ct);
        var browser = app.CreateBrowserClient();
        for (var i = 0; i < 2; i++)
        {
            (await AppFactory.PostSignInFormAsync(browser, user.Email, "wrong-password-x", cancellationToken: ct)).Dispose();
        }

        using var admin = await app.CreateAdminClientAsync(ct);
        var locked = await admin.GetFromJsonAsync<UserResponse>($"/api/users/{user.Id}", ct);
        Assert.NotNull(locked!.LockedOutUntil);

        using var reset = await admin.PostAsJsonAsync($"/api/users/{user.Id}/password", new ResetPasswordRequest("a brand new pass phrase"), ct);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Null((await reset.Content.ReadFromJsonAsync<ResetPasswordResponse>(ct))!.GeneratedPassword);
        Assert.Null((await admin.GetFromJsonAsync<UserResponse>($"/api/users/{user.Id}", ct))!.LockedOutUntil);
        using var old = await AppFactory.PostSignInFormAsync(app.CreateBrowserClient(), user.Email, user.Password, cancellationToken: ct);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        await app.CreateSignedInBrowserAsync(user.Email, "a brand new pass phrase", ct);
        Assert.Single(await app.AuditEntriesAsync(AuditActions.UserPasswordReset, ct));
    }

    [Fact]
    public async Task GrantingTheAdministratorRole_ShouldOpenAdministratorEndpoints_AndBeAuditedWithOldAndNewValues()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var user = await app.CreateUserAsync("promoted@panorama.test", cancellationToken: ct);
        using var client = app.CreateBearerClient(user.ApiToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/users", ct)).StatusCode);
        using var admin = await app.CreateAdminClientAsync(ct);

        using var grant = await admin.PutAsJsonAsync($"/api/users/{user.Id}/administrator", new SetAdministratorRequest(true), ct);

        Assert.Equal(HttpStatusCode.OK, grant.StatusCode);
        Assert.True((await grant.Content.ReadFromJsonAsync<UserResponse>(ct))!.IsAdministrator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users", ct)).StatusCode);
        var change = Assert.Single(AuditDetails.Deserialize(Assert.Single(await app.AuditEntriesAsync(AuditActions.UserRoleChanged, ct)).Details)!.Changes);
        Assert.Equal("administrator", change.Field);
        Assert.False(change.Old!.GetValue<bool>());
        Assert.True(change.New!.GetValue<bool>());
    }

    [Fact]
    public async Task TheLastAdministrator_ShouldNotBeDemotedDisabledOrDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var me = (await admin.GetFromJsonAsync<UserResponse[]>("/api/users", ct))!.Single(u => u.Email == app.AdminEmail);

        using var demote = await admin.PutAsJsonAsync($"/api/users/{me.Id}/administrator", new SetAdministratorRequest(false), ct);
        using var disable = await admin.PostAsync($"/api/users/{me.Id}/disable", null, ct);
        using var delete = await admin.DeleteAsync($"/api/users/{me.Id}", ct);

        Assert.All([demote, disable, delete], r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Contains("last enabled application administrator", await delete.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/users", ct)).StatusCode);
    }

    [Fact]
    public async Task DeletedUser_ShouldLoseTheirTokens_AndBeGone()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var user = await app.CreateUserAsync("gone@panorama.test", cancellationToken: ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        using var delete = await admin.DeleteAsync($"/api/users/{user.Id}", ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/users/{user.Id}", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateBearerClient(user.ApiToken).GetAsync("/api/account", ct)).StatusCode);
        var deleted = Assert.Single(await app.AuditEntriesAsync(AuditActions.UserDeleted, ct));
        Assert.Equal(user.Email, AuditDetails.Deserialize(deleted.Details)!.Data["email"]);
    }

    [Fact]
    public async Task EnablingADisabledUser_ShouldLetThemBackIn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var user = await app.CreateUserAsync("returning@panorama.test", cancellationToken: ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        (await admin.PostAsync($"/api/users/{user.Id}/disable", null, ct)).EnsureSuccessStatusCode();

        using var enable = await admin.PostAsync($"/api/users/{user.Id}/enable", null, ct);

        Assert.False((await enable.Content.ReadFromJsonAsync<UserResponse>(ct))!.IsDisabled);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBearerClient(user.ApiToken).GetAsync("/api/account", ct)).StatusCode);
        Assert.Single(await app.AuditEntriesAsync(AuditActions.UserDisabled, ct));
        Assert.Single(await app.AuditEntriesAsync(AuditActions.UserEnabled, ct));
    }

    [Fact]
    public async Task ChangingMyOwnPassword_ShouldNeedTheCurrentOne()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var user = await app.CreateUserAsync("careful@panorama.test", cancellationToken: ct);
        using var client = app.CreateBearerClient(user.ApiToken);

        using var wrong = await client.PostAsJsonAsync("/api/account/password", new { currentPassword = "not it at all", newPassword = "another long phrase" }, ct);
        using var right = await client.PostAsJsonAsync("/api/account/password", new { currentPassword = user.Password, newPassword = "another long phrase" }, ct);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        await app.CreateSignedInBrowserAsync(user.Email, "another long phrase", ct);
    }
}
