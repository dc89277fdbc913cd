using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Panorama.Jira.Client;
using Panorama.Jira.Connections;
using Panorama.Jira.Http;
using Panorama.Jira.RateLimiting;

namespace Panorama.Jira.Tests.Support;

/// <summary>
/// The client as the product wires it (<c>AddPanoramaJira</c>), on fake time, with every log line captured at Trace.
/// Only a base URL and credentials are needed, so the simulator can stand in for <see cref="FakeJira"/> later.
/// </summary>
internal sealed class JiraTestHost : IAsyncDisposable
{
    public const string Email = "panorama-bot@example.com";

    /// <summary>A recognisable token: tests assert it never shows up outside the Authorization header.</summary>
    public const string Token = "ATATT3xFfGF0-secret-token-7f3c9e";

    private JiraTestHost(ServiceProvider services, TestClock clock, FakeLogCollector logs, JiraSite site)
    {
        Services = services;
        Clock = clock;
        Logs = logs;
        Site = site;
    }

    public ServiceProvider Services { get; }

    public TestClock Clock { get; }

    public FakeLogCollector Logs { get; }

    public JiraSite Site { get; }

    public IJiraClient Client => Services.GetRequiredService<IJiraClientFactory>().Create(Site);

    public JiraRateLimiterRegistry Limiters => Services.GetRequiredService<JiraRateLimiterRegistry>();

    public static JiraTestHost Create(Uri baseUrl, Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null, Func<JiraSite, JiraSite>? site = null,
        JiraCredential? credential = null, TestClock? clock = null)
    {
        clock ??= new TestClock();
        var services = new ServiceCollection();
        var configuration = new Dictionary<string, string?>
        {
            // Jitter off by default so waits are exact; tests of the jitter set it back.
            ["Jira:Retry:JitterMin"] = "1",
            ["Jira:Retry:JitterMax"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        var jiraSite = new JiraSite(Guid.NewGuid(), "beta", baseUrl);
        jiraSite = site?.Invoke(jiraSite) ?? jiraSite;
        services.AddSingleton<IJiraCredentialSource>(
            new InMemoryJiraCredentialSource().Set(jiraSite.ConnectionId, credential ?? new JiraCredential(Email, Token)));
        services.AddPanoramaJira();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new JiraTestHost(provider, clock, provider.GetFakeLogCollector(), jiraSite);
    }

    /// <summary>Replaces the network with <paramref name="handler"/> (load tests run without sockets).</summary>
    public static Action<IServiceCollection> WithPrimaryHandler(HttpMessageHandler handler) => services =>
        services.AddHttpClient(JiraHttpClient.Name).ConfigurePrimaryHttpMessageHandler(() => handler);

    public MetricCollector<T> Metric<T>(string instrument)
        where T : struct =>
        new(Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), "Panorama", instrument);

    public string AllLogText => string.Join('\n', Logs.GetSnapshot().Select(r =>
        $"{r.Level} {r.Category} {r.Message} {string.Join(' ', r.StructuredState?.Select(s => $"{s.Key}={s.Value}") ?? [])} {r.Exception}"));

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
