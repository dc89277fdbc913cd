using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Data;
using Panorama.Data.Accounts;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using Panorama.Testing.Web;
using Panorama.Web.Auth.Seeding;
using Panorama.Web.Auth.Tokens;
using Panorama.Web.CommandLine;
using Panorama.Web.Hosting;

namespace Panorama.Web.Tests.Auth;

public sealed class SeedingTheFirstAdministratorTests
{
    [Fact]
    public async Task Administrator_ShouldComeFromTheEnvironmentVariables()
    {
        var ct = TestContext.Current.CancellationToken;
        var token = ApiTokenSecret.Generate();
        await using var app = await new AppFactory()
            .WithAdministrator(null, null, null)
            .WithSetting("PANORAMA_ADMIN_EMAIL", "ops@panorama.test")
            .WithSetting("PANORAMA_ADMIN_PASSWORD", "correct horse battery staple")
            .WithSetting("PANORAMA_ADMIN_API_TOKEN", token)
            .StartAsync(ct);

        await app.CreateSignedInBrowserAsync("ops@panorama.test", "correct horse battery staple", ct);
        using var script = app.CreateBearerClient(token);
        using var users = await script.GetAsync("/api/users", ct);

        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.DoesNotContain("Password", app.StartupOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_ShouldGetAGeneratedPasswordPrintedOnce_ButNeverLogged_WhenNoneIsConfigured()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().WithAdministrator(null, null, null).WithVerboseLogging().StartAsync(ct);

        var line = app.StartupOutput.Split('\n').Single(l => l.Contains("Password:", StringComparison.Ordinal));
        var password = line.Split(':', 2)[1].Trim();
        Assert.Contains(FirstAdministratorOptions.DefaultEmail, app.StartupOutput, StringComparison.Ordinal);
        Assert.Equal(20, password.Length);
        await app.CreateSignedInBrowserAsync(FirstAdministratorOptions.DefaultEmail, password, ct);
        Assert.DoesNotContain(password, app.Logs.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [DatabaseData]
    public async Task Seeding_ShouldBeIdempotent_AcrossRestartsAndNodesStartingTogether(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        var token = ApiTokenSecret.Generate();
        await using (var first = new AppFactory(database).WithAdministrator(null, null, token))
        {
            await first.StartAsync(ct);
            Assert.Contains("Password:", first.StartupOutput, StringComparison.Ordinal);
        }

        // A restart, and a second node starting at the same moment, on the same database.
        await using var restarted = new AppFactory(database).WithAdministrator(null, null, token);
        await using var secondNode = new AppFactory(database).WithAdministrator(null, null, token);
        await Task.WhenAll(restarted.StartAsync(ct), secondNode.StartAsync(ct));

        Assert.DoesNotContain("Password:", restarted.StartupOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Password:", secondNode.StartupOutput, StringComparison.Ordinal);
        await using var scope = restarted.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanoramaDbContext>();
        Assert.Equal(1, await db.Users.CountAsync(ct));
        Assert.Equal(1, await db.Roles.CountAsync(ct));
        Assert.Equal(1, await db.ApiTokens.CountAsync(ct));
        var admins = await scope.ServiceProvider.GetRequiredService<UserManager<PanoramaUser>>().GetUsersInRoleAsync(PanoramaRoles.ApplicationAdministrator);
        Assert.Equal(FirstAdministratorOptions.DefaultEmail, Assert.Single(admins).Email);
        Assert.Equal(HttpStatusCode.OK, (await secondNode.CreateBearerClient(token).GetAsync("/api/users", ct)).StatusCode);
    }

    [Fact]
    public async Task SeededToken_ShouldStayRevoked_AfterARestart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        var token = ApiTokenSecret.Generate();
        await using (var first = new AppFactory(database).WithAdministrator("root@panorama.test", "first admin password", token))
        {
            using var client = await first.CreateAdminClientAsync(ct);
            var mine = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<Panorama.Web.Auth.Account.TokenResponse[]>(client, "/api/account/tokens", ct);
            (await client.DeleteAsync($"/api/account/tokens/{Assert.Single(mine!).Id}", ct)).EnsureSuccessStatusCode();
        }

        await using var restarted = await new AppFactory(database).WithAdministrator("root@panorama.test", "first admin password", token).StartAsync(ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await restarted.CreateBearerClient(token).GetAsync("/api/account", ct)).StatusCode);
    }

    [Theory]
    [InlineData("--Admin:ApiToken=short", "PANORAMA_ADMIN_API_TOKEN (Admin:ApiToken) must be at least 32 characters")]
    [InlineData("--Admin:Password=short", "PANORAMA_ADMIN_PASSWORD (Admin:Password) must be at least 12 characters")]
    public async Task WeakAdminSettings_ShouldStopServeWithAMessageNamingTheSetting(string argument, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, ct);
        using var error = new StringWriter();
        var settings = new HostSettings("http://127.0.0.1:0", new DatabaseTarget(DatabaseProvider.Sqlite, database.ConnectionString), [argument]);

        var exitCode = await ServeCommand.RunAsync(settings, error, ct);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("short", error.ToString().Replace("shortest", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
