using Microsoft.AspNetCore.Builder;
using Panorama.JiraSim.Hosting;

namespace Panorama.JiraSim;

/// <summary>
/// Simulated Jira Cloud sites (SPEC 4.4), each on its own loopback port with its own state, for tests, benchmarks and
/// <c>panorama demo</c>. Start with <see cref="StartAsync"/>; dispose to stop every site.
/// </summary>
public sealed class SimulatedJira : IAsyncDisposable
{
    private readonly List<(SimulatedSite Site, WebApplication App)> _sites;

    private SimulatedJira(List<(SimulatedSite, WebApplication)> sites) => _sites = sites;

    public IReadOnlyList<SimulatedSite> Sites => _sites.Select(s => s.Site).ToList();

    /// <summary>Each site's web host, for tests of how it is hosted.</summary>
    internal IEnumerable<WebApplication> Hosts => _sites.Select(s => s.App);

    /// <summary>The site named <paramref name="name"/>.</summary>
    public SimulatedSite this[string name] =>
        _sites.Select(s => s.Site).FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"No simulated site is named '{name}'.");

    public static async Task<SimulatedJira> StartAsync(SimulatorOptions options, CancellationToken ct)
    {
        Validate(options);
        var started = new List<(SimulatedSite, WebApplication)>();
        try
        {
            for (var i = 0; i < options.Sites.Count; i++)
            {
                var runtime = new SiteRuntime(options.Sites[i], i, options);
                try
                {
                    var app = await SiteHost.StartAsync(runtime, options.Sites[i].Port, ct);
                    started.Add((new SimulatedSite(runtime), app));
                }
                catch
                {
                    await runtime.DisposeAsync();
                    throw;
                }
            }
        }
        catch
        {
            await new SimulatedJira(started).DisposeAsync();
            throw;
        }

        return new SimulatedJira(started);
    }

    private static void Validate(SimulatorOptions options)
    {
        if (options.Sites.Count == 0)
        {
            throw new ArgumentException("At least one site is needed.", nameof(options));
        }

        var names = options.Sites.Select(s => s.Name).ToList();
        if (names.Any(n => string.IsNullOrWhiteSpace(n) || !n.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new ArgumentException("Site names are letters, digits and '-' only.", nameof(options));
        }

        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count)
        {
            throw new ArgumentException("Site names must be unique.", nameof(options));
        }

        if (options.IssuesPerSite < 0)
        {
            throw new ArgumentException("IssuesPerSite must not be negative.", nameof(options));
        }

        options.Faults.Validate();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (site, app) in _sites)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            await site.Runtime.DisposeAsync();
        }

        _sites.Clear();
    }
}
