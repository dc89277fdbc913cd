using System.Net;
using System.Net.Http.Json;
using Panorama.Data.Audit;
using Panorama.Testing.Web;
using Panorama.Web.Auth.Audit;
using Panorama.Web.Auth.Users;

namespace Panorama.Web.Tests.Auth;

public sealed class ReadingTheAuditLogTests
{
    [Fact]
    public async Task AuditApi_ShouldPageNewestFirst_AndFilterByActionActorAndTime()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);
        var before = DateTimeOffset.UtcNow; // after the seeded administrator, before the users below
        for (var i = 0; i < 3; i++)
        {
            (await admin.PostAsJsonAsync("/api/users", new CreateUserRequest($"user{i}@panorama.test", null, null), ct)).EnsureSuccessStatusCode();
        }

        (await AppFactory.PostSignInFormAsync(app.CreateBrowserClient(), "user0@panorama.test", "wrong password!", cancellationToken: ct)).Dispose();

        var created = (await admin.GetFromJsonAsync<AuditPageResponse>("/api/audit?action=user.created&limit=2", ct))!;
        Assert.Equal(3 + 1, created.Total); // three here, and the seeded administrator
        Assert.Equal(2, created.Items.Count);
        Assert.Equal("user2@panorama.test", created.Items[0].Details!["data"]!["email"]!.GetValue<string>());
        Assert.True(created.Items[0].Id > created.Items[1].Id);

        var byActor = (await admin.GetFromJsonAsync<AuditPageResponse>($"/api/audit?actor={Uri.EscapeDataString(app.AdminEmail!.ToUpperInvariant())}", ct))!;
        Assert.Equal(3, byActor.Total);
        Assert.All(byActor.Items, e => Assert.Equal(AuditActions.UserCreated, e.Action));

        var signIns = (await admin.GetFromJsonAsync<AuditPageResponse>("/api/audit?action=signin.*", ct))!;
        Assert.Equal(AuditActions.SignInFailed, Assert.Single(signIns.Items).Action);

        var since = (await admin.GetFromJsonAsync<AuditPageResponse>($"/api/audit?from={Uri.EscapeDataString(before.ToString("O"))}&action=user.created", ct))!;
        Assert.Equal(3, since.Total);
        var future = (await admin.GetFromJsonAsync<AuditPageResponse>($"/api/audit?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}", ct))!;
        Assert.Equal(0, future.Total);
    }

    [Fact]
    public async Task AuditApi_ShouldRefuseAPageOutOfBounds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);
        using var admin = await app.CreateAdminClientAsync(ct);

        using var response = await admin.GetAsync("/api/audit?limit=100000", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
