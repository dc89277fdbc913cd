using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Sync.Scope;
using Panorama.Testing.Databases;
using Panorama.Testing.Web;

namespace Panorama.Sync.Tests.Support;

/// <summary>
/// A Panorama node for sync tests: box scopes come from <paramref name="scopes"/> (shared by every node and by restarts,
/// as the boxes tables would be), and the sync timers are short so a test sees reconciliation within seconds.
/// </summary>
internal sealed class SyncAppFactory : AppFactory
{
    private readonly InMemorySyncScopeSource _scopes;

    public SyncAppFactory(TestDatabase database, InMemorySyncScopeSource scopes, string nodeId, IReadOnlyDictionary<string, string?>? settings = null)
        : base(database)
    {
        _scopes = scopes;
        NodeId = nodeId;
        WithSetting("Sync:NodeId", nodeId);
        WithSetting("Sync:ClaimLease", "00:00:05");
        WithSetting("Sync:InboxPollInterval", "00:00:00.200");
        WithSetting("Sync:OutboxPollInterval", "00:00:00.200");
        WithSetting("Sync:SupervisorInterval", "00:00:00.300");
        WithSetting("Sync:ProbeInterval", "00:00:01");
        WithSetting("Sync:ReconcileInterval", "00:00:05");
        WithSetting("Sync:SweepInterval", "00:00:15");
        WithSetting("Sync:ReconcileMargin", "00:01:00");
        WithSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            WithSetting(key, value);
        }
    }

    public string NodeId { get; }

    protected override void ConfigureTestServices(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services => services.AddSingleton<ISyncScopeSource>(_scopes));
}
