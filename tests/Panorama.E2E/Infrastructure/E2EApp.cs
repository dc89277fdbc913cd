using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Data.Database;
using Panorama.Testing.Web;
using Panorama.Web.Auth.Seeding;

namespace Panorama.E2E.Infrastructure;

/// <summary>
/// Panorama on a real loopback port (Kestrel) for the browser, on its own SQLite database, with the first
/// administrator seeded. One per test class.
/// </summary>
public class E2EApp : AppFactory, IAsyncLifetime
{
    public E2EApp()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The app's address. <c>localhost</c>, so the browser treats it as a secure context and keeps the Secure session cookie.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    public virtual async ValueTask InitializeAsync()
    {
        StartServer();
        await Services.GetRequiredService<DatabaseState>().WhenReadyAsync(TestContext.Current.CancellationToken);
        await Services.GetRequiredService<FirstAdministratorState>().WhenSeededAsync(TestContext.Current.CancellationToken);
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority).Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
    }

    public Uri Url(string path) => new(BaseAddress, path);
}
