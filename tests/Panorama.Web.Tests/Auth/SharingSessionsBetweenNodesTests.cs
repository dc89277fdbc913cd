using System.Net;
using Microsoft.EntityFrameworkCore;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using Panorama.Testing.Web;

namespace Panorama.Web.Tests.Auth;

public sealed class SharingSessionsBetweenNodesTests
{
    [Theory]
    [DatabaseData]
    public async Task SessionCookie_ShouldWorkOnEveryNodeSharingTheDatabase(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var nodeA = await new AppFactory(database).StartAsync(ct);
        await using var nodeB = await new AppFactory(database).WithAdministrator(nodeA.AdminEmail, nodeA.AdminPassword, null).StartAsync(ct);
        var browserOnA = nodeA.CreateBrowserClient();
        using var signIn = await AppFactory.PostSignInFormAsync(browserOnA, nodeA.AdminEmail!, nodeA.AdminPassword!, cancellationToken: ct);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-panorama=", StringComparison.Ordinal)).Split(';')[0];

        var browserOnB = nodeB.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/account");
        request.Headers.Add("Cookie", cookie);
        using var response = await browserOnB.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(nodeA.AdminEmail!, await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        // In-process hosts could share a key folder on this machine; the key ring must be in the database.
        await using var db = database.CreateContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(ct));
    }
}
