using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Panorama.Jira.Client;

namespace Panorama.Jira.Connections;

/// <summary>
/// Cloud ids by site URL, fetched once from <c>/_edge/tenant_info</c>: a site's cloud id never changes
/// (shared/docs/jira-cloud-api.md 1.3). A failed fetch is not cached.
/// </summary>
public sealed class JiraCloudIdCache(IOptions<JiraClientOptions> options)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _cloudIds = new(StringComparer.Ordinal);

    /// <summary>The Atlassian API gateway that scoped tokens go through.</summary>
    public string GatewayBaseUrl => options.Value.GatewayBaseUrl;

    internal async Task<string> GetAsync(JiraClient client, CancellationToken cancellationToken)
    {
        var key = client.Site.SiteKey;
        var entry = _cloudIds.GetOrAdd(key, _ => new Lazy<Task<string>>(() => client.FetchCloudIdAsync(CancellationToken.None)));
        try
        {
            return await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _cloudIds.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(key, entry));
            throw;
        }
    }
}
