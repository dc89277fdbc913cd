using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Core.Connections;
using Panorama.Testing.Auth;
using Panorama.Testing.Connections;
using Panorama.Testing.Databases;
using Panorama.Testing.Web;
using Panorama.Web.Auth.Boxes;

namespace Panorama.Web.Tests.Connections;

/// <summary>
/// The app for connection tests: simulated (loopback http) sites allowed, the Jira client's retries shortened so an
/// unreachable site fails in milliseconds, and in-memory box scopes, structure link types and memberships.
/// </summary>
internal sealed class ConnectionsAppFactory : AppFactory
{
    private readonly Action<IServiceCollection>? _configure;

    public ConnectionsAppFactory(TestDatabase? database = null, bool allowInsecureLoopback = true, Action<IServiceCollection>? configure = null)
        : base(database)
    {
        _configure = configure;
        WithSetting("Jira:AllowInsecureLoopback", allowInsecureLoopback ? "true" : "false");
        WithSetting("Jira:Retry:BaseDelay", "00:00:00.010");
        WithSetting("Jira:Retry:MaxDelay", "00:00:00.050");
        WithSetting("Jira:Retry:MaxRetryAttempts", "2");
        WithSetting("Panorama:PublicBaseUrl", "http://localhost");
    }

    public FakeConnectionScopeSource Scopes { get; } = new();

    public FakeLinkTypeUsage LinkTypes { get; } = new();

    public FakeBoxMembershipSource Boxes { get; } = new();

    protected override void ConfigureTestServices(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IConnectionScopeSource>(Scopes);
            services.AddSingleton<ILinkTypeUsage>(LinkTypes);
            services.AddSingleton<IBoxMembershipSource>(Boxes);
            _configure?.Invoke(services);
        });
}
