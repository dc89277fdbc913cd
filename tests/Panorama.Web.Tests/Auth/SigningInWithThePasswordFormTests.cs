using System.Net;
using Panorama.Data.Audit;
using Panorama.Testing.Web;

namespace Panorama.Web.Tests.Auth;

public sealed class SigningInWithThePasswordFormTests
{
    [Fact]
    public async Task RightPassword_ShouldSetASecureHttpOnlySessionCookie_AndOpenTheApi()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var browser = app.CreateBrowserClient();

        using var response = await AppFactory.PostSignInFormAsync(browser, app.AdminEmail!, app.AdminPassword!, "/api/account", ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api/account", response.Headers.Location?.AbsolutePath);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-panorama=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        using var account = await browser.GetAsync("/api/account", ct);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(app.AdminEmail!, await account.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        var signedIn = Assert.Single(await app.AuditEntriesAsync(AuditActions.SignInSucceeded, ct));
        Assert.Equal(app.AdminEmail, signedIn.ActorDisplay);
    }

    [Fact]
    public async Task WrongPassword_ShouldShowTheFormAgain_WithoutACookie_AndBeAudited()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var browser = app.CreateBrowserClient();
        const string wrong = "not-the-password-123";

        using var response = await AppFactory.PostSignInFormAsync(browser, app.AdminEmail!, wrong, cancellationToken: ct);

        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("e-mail or password is not right", html, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, html, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-panorama=", StringComparison.Ordinal)));
        using var account = await browser.GetAsync("/api/account", ct);
        Assert.Equal(HttpStatusCode.Unauthorized, account.StatusCode);

        var failed = Assert.Single(await app.AuditEntriesAsync(AuditActions.SignInFailed, ct));
        var details = AuditDetails.Deserialize(failed.Details)!;
        Assert.Equal(app.AdminEmail, details.Data["email"]);
        Assert.Equal("wrong password", details.Data["reason"]);
        Assert.DoesNotContain(wrong, await app.AllAuditTextAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownEmail_ShouldFailLikeAWrongPassword_AndBeAuditedWithTheEmailTried()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);

        using var response = await AppFactory.PostSignInFormAsync(app.CreateBrowserClient(), "nobody@panorama.test", "whatever-password", cancellationToken: ct);

        Assert.Contains("e-mail or password is not right", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        var failed = Assert.Single(await app.AuditEntriesAsync(AuditActions.SignInFailed, ct));
        Assert.Equal("nobody@panorama.test", AuditDetails.Deserialize(failed.Details)!.Data["email"]);
        Assert.Null(failed.ActorUserId);
    }

    [Fact]
    public async Task RepeatedFailures_ShouldLockTheAccount_SoEvenTheRightPasswordIsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().WithSetting("Auth:SignIn:MaxFailedAttempts", "3").StartAsync(ct);
        var user = await app.CreateUserAsync("locked@panorama.test", cancellationToken: ct);
        var browser = app.CreateBrowserClient();

        for (var i = 0; i < 3; i++)
        {
            (await AppFactory.PostSignInFormAsync(browser, user.Email, "wrong-password-" + i, cancellationToken: ct)).Dispose();
        }

        using var response = await AppFactory.PostSignInFormAsync(browser, user.Email, user.Password, cancellationToken: ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.NotEmpty(await app.AuditEntriesAsync(AuditActions.SignInLockedOut, ct));
        Assert.Empty(await app.AuditEntriesAsync(AuditActions.SignInSucceeded, ct));
    }

    [Fact]
    public async Task DisabledUser_ShouldNotSignIn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var user = await app.CreateUserAsync("disabled@panorama.test", cancellationToken: ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        (await admin.PostAsync($"/api/users/{user.Id}/disable", null, ct)).EnsureSuccessStatusCode();

        using var response = await AppFactory.PostSignInFormAsync(app.CreateBrowserClient(), user.Email, user.Password, cancellationToken: ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("account disabled", AuditDetails.Deserialize(Assert.Single(await app.AuditEntriesAsync(AuditActions.SignInFailed, ct)).Details)!.Data["reason"]);
    }

    [Fact]
    public async Task TooManyAttemptsFromOneAddress_ShouldAnswer429()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().WithSetting("Auth:SignIn:AttemptsPerMinutePerAddress", "2").StartAsync(ct);
        var browser = app.CreateBrowserClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await AppFactory.PostSignInFormAsync(browser, app.AdminEmail!, "wrong-password", cancellationToken: ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var page = await browser.GetAsync("/signin", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task FormPost_ShouldBeRefused_WithoutTheAntiforgeryToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["Input.Email"] = app.AdminEmail!,
            ["Input.Password"] = app.AdminPassword!,
        });

        using var response = await app.CreateBrowserClient().PostAsync("/signin", form, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.AuditEntriesAsync(AuditActions.SignInSucceeded, ct));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task ReturnUrl_ShouldStayOnThisSite(string returnUrl)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);

        using var response = await AppFactory.PostSignInFormAsync(app.CreateBrowserClient(), app.AdminEmail!, app.AdminPassword!, returnUrl, ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", $"redirected off-site to {location}");
        Assert.Equal("/", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
    }

    [Fact]
    public async Task Pages_ShouldRedirectToSignIn_AndSignOutShouldEndTheSession()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        var anonymous = app.CreateBrowserClient();
        using var home = await anonymous.GetAsync("/", ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/signin", home.Headers.Location?.AbsolutePath);
        Assert.Contains("returnUrl=%2F", home.Headers.Location?.Query, StringComparison.Ordinal);

        var browser = await app.CreateSignedInBrowserAsync(app.AdminEmail!, app.AdminPassword!, ct);
        using var signedInHome = await browser.GetAsync("/", ct);
        var html = await signedInHome.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, signedInHome.StatusCode);
        Assert.Contains(app.AdminEmail!, html, StringComparison.Ordinal);

        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "signout", ["__RequestVerificationToken"] = token });
        using var signOut = await browser.PostAsync("/signout", form, ct);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/signin", signOut.Headers.Location?.AbsolutePath);

        using var after = await browser.GetAsync("/api/account", ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Single(await app.AuditEntriesAsync(AuditActions.SignedOut, ct));
    }
}
