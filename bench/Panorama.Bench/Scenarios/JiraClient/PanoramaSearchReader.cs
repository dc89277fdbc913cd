using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Jira;
using Panorama.Jira.Client;
using Panorama.Jira.Connections;
using Panorama.JiraSim;

namespace Panorama.Bench.Scenarios.JiraClient;

/// <summary>
/// The Panorama client as the product wires it (<c>AddPanoramaJira</c>: Polly retries, the shared limiters, metrics),
/// streaming the search with <c>GET</c>. With <c>limited</c> false the limiters still run but their per-endpoint
/// limits are raised far above what one stream can reach, so the parse path is what is measured.
/// </summary>
internal sealed class PanoramaSearchReader : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IJiraClient _client;

    public PanoramaSearchReader(SimulatedSite site, bool limited)
    {
        var settings = new Dictionary<string, string?>();
        if (!limited)
        {
            settings["Jira:RateLimits:GetPerSecond"] = "1000000";
            settings["Jira:RateLimits:PostPerSecond"] = "1000000";
        }

        var connection = Guid.NewGuid();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<IJiraCredentialSource>(
            new InMemoryJiraCredentialSource().Set(connection, new JiraCredential(site.Email, site.ApiToken)));
        services.AddPanoramaJira();
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IJiraClientFactory>().Create(new JiraSite(connection, site.Name, new Uri(site.BaseUrl)));
    }

    public async Task<IssueTally> ReadAsync(string jql, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var tally = new IssueTally();
        var request = new JiraSearchRequest(jql) { Fields = fields, MaxResults = SearchUrl.PageSize, UseGet = true };
        await foreach (var issue in _client.SearchAsync(request, cancellationToken))
        {
            tally.Add(issue.NumericId ?? 0, issue.Key, issue.Summary, issue.Status?.CategoryKey, issue.Updated);
        }

        tally.Pages = (tally.Issues + SearchUrl.PageSize - 1) / SearchUrl.PageSize;
        return tally;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
