using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Access;
using Panorama.Data.Accounts;
using Panorama.Testing.Auth;
using Panorama.Testing.Web;
using Panorama.Web.Auth;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Tests.Auth.Boxes;

public sealed class BoxRoleAuthorizationTests
{
    private static readonly Guid Alice = Guid.NewGuid();

    [Fact]
    public async Task RoleOnAnAncestor_ShouldApplyToSubBoxes_UpToItsLevel()
    {
        var ct = TestContext.Current.CancellationToken;
        var boxes = new FakeBoxMembershipSource();
        var portfolio = boxes.AddBox();
        var program = boxes.AddBox(portfolio);
        var project = boxes.AddBox(program);
        boxes.Grant(Alice, program, BoxRole.Editor);
        await using var app = await new BoxesAppFactory(boxes).StartAsync(ct);
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();
        var alice = User(Alice);

        Assert.True((await authorization.AuthorizeAsync(alice, project, AuthPolicies.BoxViewer)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(alice, project, new BoxRoleRequirement(BoxRole.Editor))).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(alice, project, AuthPolicies.BoxAdmin)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(alice, portfolio, AuthPolicies.BoxViewer)).Succeeded);
    }

    [Fact]
    public async Task ApplicationAdministrator_ShouldBeBoxAdminEverywhere_WithoutAMembership()
    {
        var ct = TestContext.Current.CancellationToken;
        var boxes = new FakeBoxMembershipSource();
        var box = boxes.AddBox();
        await using var app = await new BoxesAppFactory(boxes).StartAsync(ct);
        var authorization = app.Services.GetRequiredService<IAuthorizationService>();

        Assert.True((await authorization.AuthorizeAsync(User(Guid.NewGuid(), isAdministrator: true), box, AuthPolicies.BoxAdmin)).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(User(Guid.NewGuid()), box, AuthPolicies.BoxViewer)).Succeeded);
    }

    [Theory]
    [InlineData(BoxRole.Viewer, HttpStatusCode.Forbidden)]
    [InlineData(BoxRole.Editor, HttpStatusCode.OK)]
    [InlineData(BoxRole.Admin, HttpStatusCode.OK)]
    public async Task RequireBoxRole_ShouldGuardAnEndpointByTheBoxInItsRoute(BoxRole held, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        var boxes = new FakeBoxMembershipSource();
        var root = boxes.AddBox();
        var box = boxes.AddBox(root);
        boxes.Grant(Alice, root, held);
        await using var web = await StartEndpointHostAsync(boxes, ct);

        using var response = await web.GetTestClient().GetAsync($"/boxes/{box}", ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task RequireBoxRole_ShouldAnswer404_WhenTheBoxDoesNotExist()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var web = await StartEndpointHostAsync(new FakeBoxMembershipSource(), ct);

        using var response = await web.GetTestClient().GetAsync($"/boxes/{Guid.NewGuid()}", ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static ClaimsPrincipal User(Guid id, bool isAdministrator = false)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id.ToString()), new(ClaimTypes.Email, "alice@panorama.test") };
        if (isAdministrator)
        {
            claims.Add(new Claim(ClaimTypes.Role, PanoramaRoles.ApplicationAdministrator));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    private static async Task<WebApplication> StartEndpointHostAsync(FakeBoxMembershipSource boxes, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddAuthorization();
        builder.Services.AddProblemDetails();
        builder.Services.AddScoped<IAuthorizationHandler, BoxRoleAuthorizationHandler>();
        builder.Services.AddSingleton<IBoxMembershipSource>(boxes);
        var web = builder.Build();
        web.Use((context, next) =>
        {
            context.User = User(Alice);
            return next(context);
        });
        web.MapGet("/boxes/{id:guid}", () => Results.Ok("inside")).RequireBoxRole(BoxRole.Editor);
        await web.StartAsync(ct);
        return web;
    }

    private sealed class BoxesAppFactory(FakeBoxMembershipSource boxes) : AppFactory
    {
        protected override void ConfigureTestServices(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(services => services.AddSingleton<IBoxMembershipSource>(boxes));
    }
}
