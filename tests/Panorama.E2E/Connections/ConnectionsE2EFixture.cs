using Microsoft.Extensions.DependencyInjection;
using Panorama.Data.Audit;
using Panorama.E2E.Infrastructure;
using Panorama.JiraSim;
using Panorama.Sync.Connections.Administration;

namespace Panorama.E2E.Connections;

/// <summary>
/// One app and one simulator with four small sites (alpha, beta, gamma; delta for the screen check, which changes its screens) per test class: the app allows the
/// simulator's loopback http (<c>Jira:AllowInsecureLoopback</c>) and gives up on an unreachable site quickly.
/// </summary>
public sealed class ConnectionsE2EFixture : IAsyncLifetime
{
    public E2EApp App { get; } = new();

    public SimulatedJira Jira { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        App.WithSetting("Jira:AllowInsecureLoopback", "true")
            .WithSetting("Jira:Retry:BaseDelay", "00:00:00.010")
            .WithSetting("Jira:Retry:MaxDelay", "00:00:00.050")
            .WithSetting("Jira:Retry:MaxRetryAttempts", "2")
            .WithSetting("Panorama:PublicBaseUrl", "http://localhost");
        await App.InitializeAsync();
        Jira = await SimulatedJira.StartAsync(new SimulatorOptions
        {
            Sites = [new SiteOptions("alpha"), new SiteOptions("beta"), new SiteOptions("gamma"), new SiteOptions("delta")],
            IssuesPerSite = 30,
            WebhookRetryDelays = [],
        }, TestContext.Current.CancellationToken);
    }

    /// <summary>Connects a site through the same service the pages and the API use (not the page under test).</summary>
    public Task<Guid> ConnectSecondaryAsync(string site, string name, string? token = null) => ConnectAsync(site, name, primary: false, token);

    public async Task<Guid> ConnectAsync(string site, string name, bool primary, string? token = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<ConnectionAdministration>();
        var simulated = Jira[site];
        var change = await admin.CreateAsync(new NewConnection(name, simulated.BaseUrl, simulated.Email, token ?? simulated.ApiToken, primary),
            AuditActor.System, TestContext.Current.CancellationToken);
        return change.Connection?.Id ?? throw new InvalidOperationException($"Connecting {name} failed: {change.Status} {change.Detail}");
    }

    /// <summary>Every API token of the simulated sites: none may ever appear in a page.</summary>
    public IEnumerable<string> Tokens => Jira.Sites.Select(s => s.ApiToken);

    public async ValueTask DisposeAsync()
    {
        if (Jira is not null)
        {
            await Jira.DisposeAsync();
        }

        await App.DisposeAsync();
    }
}
