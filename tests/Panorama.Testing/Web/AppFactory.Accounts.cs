using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Data.Audit;
using Panorama.Web.Auth.Tokens;
using Panorama.Web.Auth.Users;

namespace Panorama.Testing.Web;

/// <summary>A user made for a test, with the secrets a test may use to act as them.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, string ApiToken);

public partial class AppFactory
{
    /// <summary>An API client authenticated as the seeded first administrator (bearer <see cref="AdminApiToken"/>).</summary>
    public async Task<HttpClient> CreateAdminClientAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        return CreateBearerClient(AdminApiToken ?? throw new InvalidOperationException(
            "This factory seeds no administrator API token: keep WithAdministrator's apiToken set."));
    }

    /// <summary>A new user (application administrator or not) with a password and an API token.</summary>
    public async Task<TestUser> CreateUserAsync(string email, bool isAdmin = false, CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var change = await users.CreateAsync(new CreateUserRequest(email, null, null, isAdmin), AuditActor.System, cancellationToken);
        if (change.Status != UserChangeStatus.Done)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", change.Errors?.SelectMany(e => e.Value) ?? [])}");
        }

        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var token = await tokens.CreateAsync(change.User!.Id, "test", AuditActor.System, cancellationToken);
        return new TestUser(change.User.Id, email, change.GeneratedPassword!, token.Secret);
    }

    /// <summary>An API client authenticated (bearer token) as a new user.</summary>
    public async Task<HttpClient> CreateUserClientAsync(string email, bool isAdmin = false, CancellationToken cancellationToken = default) =>
        CreateBearerClient((await CreateUserAsync(email, isAdmin, cancellationToken)).ApiToken);

    /// <summary>A client sending <c>Authorization: Bearer <paramref name="token"/></c>.</summary>
    public HttpClient CreateBearerClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client: HTTPS (the session cookie is Secure), keeps cookies, does not follow redirects.</summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Fills in and posts the sign-in form as a browser does (antiforgery token included).</summary>
    public static async Task<HttpResponseMessage> PostSignInFormAsync(
        HttpClient browser, string email, string password, string returnUrl = "/", CancellationToken cancellationToken = default)
    {
        var path = $"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}";
        using var page = await browser.GetAsync(path, cancellationToken);
        var html = await page.Content.ReadAsStringAsync(cancellationToken);
        var antiforgery = AntiforgeryField().Match(html);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException($"The sign-in page ({(int)page.StatusCode}) has no antiforgery token:\n{html}");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = antiforgery.Groups[1].Value,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await browser.PostAsync(path, form, cancellationToken);
    }

    /// <summary>A browser client signed in with the form; fails when the sign-in does not redirect.</summary>
    public async Task<HttpClient> CreateSignedInBrowserAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        var browser = CreateBrowserClient();
        using var response = await PostSignInFormAsync(browser, email, password, cancellationToken: cancellationToken);
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException(
                $"Sign-in as {email} answered {(int)response.StatusCode}:\n{await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return browser;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
