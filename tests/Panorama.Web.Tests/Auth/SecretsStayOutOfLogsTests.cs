using System.Net.Http.Json;
using Panorama.Testing.Web;
using Panorama.Web.Auth.Account;
using Panorama.Web.Auth.Users;

namespace Panorama.Web.Tests.Auth;

public sealed class SecretsStayOutOfLogsTests
{
    [Fact]
    public async Task NoPasswordOrToken_ShouldReachTheLogs_EvenAtTraceLevel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().WithVerboseLogging().StartAsync(ct);
        var secrets = new List<string> { app.AdminPassword!, app.AdminApiToken! };

        // Every path that handles a secret: sign-in right and wrong, tokens made, used, refused, revoked,
        // users created with given and generated passwords, passwords reset and changed.
        const string wrongPassword = "wrong-password-that-was-typed";
        secrets.Add(wrongPassword);
        (await AppFactory.PostSignInFormAsync(app.CreateBrowserClient(), app.AdminEmail!, wrongPassword, cancellationToken: ct)).Dispose();
        var browser = await app.CreateSignedInBrowserAsync(app.AdminEmail!, app.AdminPassword!, ct);
        using var created = await browser.PostAsJsonAsync("/api/account/tokens", new CreateTokenRequest("from the browser"), ct);
        var token = (await created.Content.ReadFromJsonAsync<CreatedTokenResponse>(ct))!;
        secrets.Add(token.Token);
        using var script = app.CreateBearerClient(token.Token);
        (await script.GetAsync("/api/users", ct)).Dispose();
        const string unknownToken = "pnr_unknownTokenThatSomeoneTriedToUse0000000000";
        secrets.Add(unknownToken);
        (await app.CreateBearerClient(unknownToken).GetAsync("/api/account", ct)).Dispose();
        (await script.DeleteAsync($"/api/account/tokens/{token.Id}", ct)).Dispose();
        (await script.GetAsync("/api/account", ct)).Dispose();

        using var admin = await app.CreateAdminClientAsync(ct);
        const string givenPassword = "password given by the admin";
        secrets.Add(givenPassword);
        var given = (await (await admin.PostAsJsonAsync("/api/users", new CreateUserRequest("given@panorama.test", null, givenPassword), ct)).Content.ReadFromJsonAsync<CreatedUserResponse>(ct))!;
        var generated = (await (await admin.PostAsJsonAsync("/api/users", new CreateUserRequest("generated@panorama.test", null, null), ct)).Content.ReadFromJsonAsync<CreatedUserResponse>(ct))!;
        secrets.Add(generated.GeneratedPassword!);
        var reset = (await (await admin.PostAsJsonAsync($"/api/users/{given.User.Id}/password", new ResetPasswordRequest(null), ct)).Content.ReadFromJsonAsync<ResetPasswordResponse>(ct))!;
        secrets.Add(reset.GeneratedPassword!);
        var user = await app.CreateUserAsync("changer@panorama.test", cancellationToken: ct);
        secrets.Add(user.Password);
        secrets.Add(user.ApiToken);
        const string changedPassword = "my own new pass phrase";
        secrets.Add(changedPassword);
        (await app.CreateBearerClient(user.ApiToken).PostAsJsonAsync("/api/account/password", new ChangePasswordRequest(user.Password, changedPassword), ct)).Dispose();

        var logs = app.Logs.AllText;
        Assert.Contains("Request starting", logs, StringComparison.Ordinal); // the capture saw the requests
        foreach (var secret in secrets)
        {
            Assert.False(logs.Contains(secret, StringComparison.Ordinal), $"a secret ({secret.Length} characters) is in the logs");
        }
    }
}
